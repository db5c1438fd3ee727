import type { DepsRule } from '../../../server/src/engine/scanners/deps/rule';
import { installs, SUPPLY_CHAIN } from '../_shared/common';

const rule: DepsRule = {
  id: 'deps-missing-lockfile',
  scanner: 'deps',
  title: 'Manifest without a lock file',
  severity: 'medium',
  cwe: [1104],
  tags: [SUPPLY_CHAIN],
  description:
    'A package.json, Poetry project or Pipfile with dependencies but no lock file beside it (or at the workspace root) resolves versions afresh on every install: builds are not reproducible and a malicious release is picked up silently. Commit the lock file and install with it (`npm ci`, `poetry install`, `pipenv install --deploy`).',
  check({ manifest, lock, span }) {
    if (!manifest || lock.state !== 'missing' || !manifest.anchor) return [];
    // PEP 621 projects may use any of several tools (or none: a library); only Poetry has one lock file to expect.
    if (manifest.kind === 'pyproject' && !manifest.poetry) return [];
    const installed = manifest.dependencies.filter((dependency) => installs(dependency) && dependency.source !== 'workspace');
    if (manifest.kind === 'pyproject' && !installed.some((dependency) => dependency.section.startsWith('tool.poetry'))) return [];
    if (installed.length === 0) return [];
    const count = `${installed.length} ${installed.length === 1 ? 'dependency' : 'dependencies'}`;
    return [
      {
        range: span(manifest.anchor.start, manifest.anchor.end),
        message: `${count} and no lock file (${lock.expected.join(', ')}): every install resolves versions afresh; commit the lock file`,
        basis: `missing-lock:${lock.expected.join(',')}`,
      },
    ];
  },
};

export default rule;
