import type { DepsHit, DepsRule } from '../../../server/src/engine/scanners/deps/rule';
import type { Severity } from '../../../server/src/engine/types';
import { installs, pinningOf, quoted, SUPPLY_CHAIN } from '../_shared/common';

/**
 * Policy (see README): pip requirements files are their own lock, so anything but `==` floats;
 * for npm, Poetry and Pipenv the lock file pins what a range allows, so a range only floats
 * without one; a spec with no upper bound (`*`, `latest`, `>=1.2`) is reported either way, as
 * the next lock update may jump majors. PEP 621 `[project]` lists and pip-tools `.in` inputs are
 * ranges on purpose (libraries, compile inputs): only unbounded specs there, at low.
 */
const rule: DepsRule = {
  id: 'deps-floating-version',
  scanner: 'deps',
  title: 'Dependency version is not pinned',
  severity: 'medium',
  cwe: [1104],
  tags: [SUPPLY_CHAIN],
  description:
    'A dependency whose version floats (`*`, `latest`, `>=` without an upper bound, a range with no lock file, a requirement without `==`) installs whatever is published at build time, including a compromised or breaking release. Pin it, or commit a lock file.',
  check({ manifest, lock, file, span }) {
    if (!manifest) return [];
    const hits: DepsHit[] = [];
    const compileInput = manifest.kind === 'requirements' && file.path.endsWith('.in');
    for (const dependency of manifest.dependencies) {
      if (dependency.source !== 'registry' || !installs(dependency)) continue;
      const pinning = pinningOf(manifest, dependency);
      if (pinning === 'exact') continue;
      const unbounded = pinning === 'any' || pinning === 'unbounded';
      const what = pinning === 'any' ? 'accepts any version' : pinning === 'unbounded' ? 'has no upper bound' : 'is a range';
      let severity: Severity | undefined;
      let why = '';
      if (manifest.kind === 'requirements' && !compileInput) {
        severity = 'medium';
        why = 'pip installs the newest match on every build; pin it with ==';
      } else if (compileInput || dependency.section.startsWith('project.')) {
        if (unbounded) [severity, why] = ['low', 'add an upper bound so a new major release is not picked up unseen'];
      } else if (lock.state === 'missing') {
        [severity, why] = unbounded ? ['medium', 'with no lock file, every install may resolve a different version'] : ['low', 'with no lock file, nothing pins it'];
      } else if (unbounded) {
        [severity, why] = ['low', `the lock file pins it today, but the next update may take any newer version`];
      }
      if (!severity) continue;
      hits.push({ range: span(dependency.start, dependency.end), severity, message: `${quoted(dependency)} ${what}; ${why}`, basis: `${dependency.section}:${dependency.name}:${dependency.spec}` });
    }
    return hits;
  },
};

export default rule;
