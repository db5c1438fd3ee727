import type { DepsHit, DepsRule } from '../../../server/src/engine/scanners/deps/rule';
import type { Severity } from '../../../server/src/engine/types';
import { quoted, SUPPLY_CHAIN } from '../_shared/common';

/** A git source pinned to a full commit id cannot move; a branch or tag can. */
const COMMIT = /[#@]([0-9a-f]{40})$/i;
/** Archives and wheels: code that is not in the repository and not reviewed with it. */
const ARCHIVE = /\.(tgz|tar\.gz|tar\.bz2|tar|zip|whl)$/i;

const rule: DepsRule = {
  id: 'deps-non-registry-source',
  scanner: 'deps',
  title: 'Dependency installed from git, a URL or an archive',
  severity: 'medium',
  cwe: [494],
  tags: [SUPPLY_CHAIN],
  description:
    'A dependency fetched from a git repository, a URL or a local archive bypasses the registry: no immutable version, no integrity record from the registry, no advisories, and a branch or tag can be moved to other code. Publish it to (or pick it from) your registry, or at least pin a full commit id.',
  check({ manifest, span }) {
    if (!manifest) return [];
    const hits: DepsHit[] = [];
    for (const dependency of manifest.dependencies) {
      let severity: Severity | undefined;
      let why = '';
      const spec = dependency.spec;
      if (dependency.source === 'git') {
        [severity, why] = COMMIT.test(spec) ? ['low', 'comes from git (pinned to a commit, but outside the registry and its advisories)'] : ['medium', 'comes from git at a branch or tag that can move; pin a full commit id or use a registry release'];
        if (/^(git\+)?http:\/\//i.test(spec)) [severity, why] = ['high', 'comes from git over plain http, which anyone on the network path can alter'];
      } else if (dependency.source === 'url') {
        [severity, why] = /^http:\/\//i.test(spec) ? ['high', 'is downloaded over plain http, which anyone on the network path can alter'] : ['medium', 'is downloaded from a URL: no registry version, no advisories'];
      } else if (dependency.source === 'path' && ARCHIVE.test(spec)) {
        [severity, why] = ['low', 'is installed from a local archive that is not reviewed as source'];
      }
      if (!severity) continue;
      hits.push({ range: span(dependency.start, dependency.end), severity, message: `${quoted(dependency)} ${why}`, basis: `${dependency.section}:${dependency.name}:${spec}` });
    }
    return hits;
  },
};

export default rule;
