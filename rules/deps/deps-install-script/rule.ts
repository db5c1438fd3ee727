import type { DepsHit, DepsRule } from '../../../server/src/engine/scanners/deps/rule';
import { installs, lockedEntries, SUPPLY_CHAIN } from '../_shared/common';

const WHY = 'it runs code on every machine that installs it; review it, or install with --ignore-scripts and allow only the packages that need it';

const rule: DepsRule = {
  id: 'deps-install-script',
  scanner: 'deps',
  title: 'Dependency runs an install script',
  severity: 'low',
  cwe: [829],
  tags: [SUPPLY_CHAIN],
  description:
    'The lock file marks this package as running a script at install time (`hasInstallScript`, pnpm `requiresBuild`): code that runs with the installing user\'s rights on developer machines and build agents, the usual payload of a compromised package. Review the packages that need it and install with scripts disabled for the rest.',
  check({ manifest, lock, lockfile, siblingManifest, span, line }) {
    const hits: DepsHit[] = [];
    if (manifest && lock.state === 'found' && lock.lockfile) {
      // Direct dependencies: on the manifest line that brings them in.
      for (const dependency of manifest.dependencies) {
        if (!installs(dependency)) continue;
        const scripted = lockedEntries(lock.lockfile, dependency.name).filter((entry) => entry.hasInstallScript);
        if (scripted.length === 0) continue;
        const versions = [...new Set(scripted.map((entry) => entry.version))].join(', ');
        hits.push({ range: span(dependency.start, dependency.end), message: `${dependency.name} ${versions} runs an install script: ${WHY}`, basis: `${dependency.name}@${versions}` });
      }
    }
    if (lockfile) {
      // Transitive ones: on their lock file entry (the direct ones are reported in the manifest beside it).
      const direct = new Set(siblingManifest?.dependencies.filter(installs).map((dependency) => dependency.name) ?? []);
      for (const entry of lockfile.packages) {
        if (!entry.hasInstallScript || direct.has(entry.name)) continue;
        hits.push({ range: line(entry.line), message: `${entry.name} ${entry.version} (a transitive dependency) runs an install script: ${WHY}`, basis: `${entry.name}@${entry.version}` });
      }
    }
    return hits;
  },
};

export default rule;
