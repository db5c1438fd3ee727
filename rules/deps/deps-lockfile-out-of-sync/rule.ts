import type { DepsHit, DepsRule } from '../../../server/src/engine/scanners/deps/rule';
import { installs, quoted, SUPPLY_CHAIN } from '../_shared/common';

const rule: DepsRule = {
  id: 'deps-lockfile-out-of-sync',
  scanner: 'deps',
  title: 'Lock file out of sync with the manifest',
  severity: 'medium',
  cwe: [1104],
  tags: [SUPPLY_CHAIN],
  description:
    'A dependency of the manifest is missing from the lock file, or the lock file recorded another spec for it: the manifest changed after the lock was written. `npm ci` and `pipenv install --deploy` refuse to install, and `npm install` / `poetry lock` would resolve new versions unseen. Re-run the package manager and commit the updated lock file.',
  check({ manifest, lock, span }) {
    if (!manifest || lock.state !== 'found' || !lock.lockfile) return [];
    // A workspace root's lock records each member under its own path, which the lock reader does not expose.
    if (lock.atWorkspaceRoot) return [];
    const lockfile = lock.lockfile;
    const lockName = lock.file.slice(lock.file.lastIndexOf('/') + 1);
    const locked = new Set(lockfile.packages.map((entry) => entry.name));
    const hits: DepsHit[] = [];
    for (const dependency of manifest.dependencies) {
      if (!installs(dependency) || dependency.source === 'workspace') continue;
      const at = span(dependency.start, dependency.end);
      const basis = `${dependency.section}:${dependency.name}:${dependency.spec}`;
      const recorded = lockfile.manifestSpecs?.get(dependency.name);
      if (lockfile.manifestSpecs && manifest.ecosystem === 'npm') {
        if (!recorded) hits.push({ range: at, message: `${quoted(dependency)} is not in ${lockName}; run the package manager to update the lock file`, basis });
        else if (!recorded.includes(dependency.spec)) {
          hits.push({ range: at, message: `${quoted(dependency)} differs from the spec ${lockName} was written for (${recorded.map((spec) => `"${spec}"`).join(', ')}); update the lock file`, basis });
        }
      } else if (dependency.source !== 'registry') {
        // Pipenv locks an editable path or VCS dependency without a version, and the lock reader lists
        // versioned packages only: its absence from the list says nothing.
        continue;
      } else if (!locked.has(dependency.name)) {
        hits.push({ range: at, message: `${quoted(dependency)} is not in ${lockName}; update the lock file`, basis });
      }
    }
    return hits;
  },
};

export default rule;
