/**
 * The deps gate's pieces: manifest positions, version orderings, OSV matching, the
 * `deps-advisories` configuration and discovery of dependency audits in pipelines.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { ADVISORY, discoverGates } from '../../server/src/engine/config/discovery';
import { parseConfig } from '../../server/src/engine/config/preflight';
import { Engine } from '../../server/src/engine/engine';
import { AdvisoryDatabase, cvss3BaseScore, parseOsvRecord } from '../../server/src/engine/scanners/deps/advisories';
import { parseManifest, type Manifest } from '../../server/src/engine/scanners/deps/manifests';
import { comparePep440, compareSemver, npmPinning, pythonPinning } from '../../server/src/engine/scanners/deps/versions';
import { loadConfig, scanWorkspace } from '../../server/src/engine/workspace';
import { makeWorkspace } from '../support/workspace';

/** The text each dependency's offsets cover, by name. */
function spans(manifest: Manifest, text: string): Record<string, string> {
  return Object.fromEntries(manifest.dependencies.map((dependency) => [dependency.name, text.slice(dependency.start, dependency.end)]));
}

describe('manifests', () => {
  it('package.json: every dependency section, its key-to-value span, sources read from the spec', () => {
    const text = '\uFEFF{\r\n  "dependencies": { "a": "^1.0.0", "b": "github:o/b#main" },\r\n  "devDependencies": {\r\n    "ü-c": "file:../c"\r\n  },\r\n  "overrides": { "d": "1.0.0" }\r\n}\r\n';
    const manifest = parseManifest('package.json', text)!;
    assert.deepEqual(
      manifest.dependencies.map((dependency) => [dependency.name, dependency.section, dependency.source]),
      [
        ['a', 'dependencies', 'registry'],
        ['b', 'dependencies', 'git'],
        ['ü-c', 'devDependencies', 'path'],
      ],
      '`overrides` is not a dependency section',
    );
    assert.deepEqual(spans(manifest, text), { a: '"a": "^1.0.0"', b: '"b": "github:o/b#main"', 'ü-c': '"ü-c": "file:../c"' });
  });

  it('package.json: malformed JSON is an error with an offset', () => {
    assert.throws(() => parseManifest('package.json', '{ "dependencies": { "a": } }'), (error: Error & { offset?: number }) => error.name === 'ManifestError' && error.offset === 25);
  });

  it('requirements: pins, ranges, extras, markers, hashes, continuations, comments, URLs, options', () => {
    const text = [
      '# comment',
      '-r base.txt',
      '--index-url https://pypi.example/simple',
      '--extra-index-url=https://extra.example/simple',
      'Django==4.2.7  # pinned',
      'requests[socks] >= 2.8.1, < 3 ; python_version < "3.8"',
      'numpy==1.26.4 \\',
      '    --hash=sha256:aaaa',
      'pkg @ https://example.com/pkg-1.0.whl',
      '-e git+https://github.com/o/r.git@v1#egg=My_Pkg',
      'https://example.com/archive-1.0.tar.gz',
      '',
    ].join('\r\n');
    const manifest = parseManifest('requirements-dev.txt', text)!;
    assert.deepEqual(
      manifest.dependencies.map((dependency) => [dependency.name, dependency.spec, dependency.source]),
      [
        ['django', '==4.2.7', 'registry'],
        ['requests', '>=2.8.1,<3', 'registry'],
        ['numpy', '==1.26.4', 'registry'],
        ['pkg', 'https://example.com/pkg-1.0.whl', 'url'],
        ['my-pkg', 'git+https://github.com/o/r.git@v1#egg=My_Pkg', 'git'],
        ['https://example.com/archive-1.0.tar.gz', 'https://example.com/archive-1.0.tar.gz', 'url'],
      ],
    );
    assert.deepEqual(
      manifest.indexes.map((index) => [index.role, index.url]),
      [
        ['index-url', 'https://pypi.example/simple'],
        ['extra-index-url', 'https://extra.example/simple'],
      ],
    );
    const numpy = manifest.dependencies[2];
    assert.equal(text.slice(0, numpy.start).split('\r\n').length - 1, 6, 'a continued requirement starts on its first line');
  });

  it('pyproject.toml: PEP 621 strings and Poetry tables found on their own lines', () => {
    const text = [
      '[project]',
      'name = "x"',
      'dependencies = [',
      '  "attrs>=22",',
      "  'requests[socks]==2.31.0',",
      ']',
      '[project.optional-dependencies]',
      'cli = ["click"]',
      '[tool.poetry.dependencies]',
      'python = "^3.11"',
      '"Flask" = "^3.0"',
      'mylib = { git = "https://github.com/o/mylib.git", rev = "abc" }',
      '[tool.poetry.group.dev.dependencies.pytest]',
      'version = "*"',
    ].join('\n');
    const manifest = parseManifest('pyproject.toml', text)!;
    const line = (name: string) => text.slice(0, manifest.dependencies.find((dependency) => dependency.name === name)!.start).split('\n').length;
    assert.deepEqual(
      manifest.dependencies.map((dependency) => [dependency.name, dependency.spec, dependency.source, line(dependency.name)]),
      [
        ['attrs', '>=22', 'registry', 4],
        ['requests', '==2.31.0', 'registry', 5],
        ['click', '', 'registry', 8],
        ['flask', '^3.0', 'registry', 11],
        ['mylib', 'git+https://github.com/o/mylib.git@abc', 'git', 12],
        ['pytest', '*', 'registry', 13],
      ],
    );
    assert.equal(manifest.poetry, true);
  });

  it('TOML errors carry the offset of the line', () => {
    assert.throws(() => parseManifest('Pipfile', '[packages]\nrequests = \n'), (error: Error & { offset?: number }) => error.name === 'ManifestError' && error.offset! >= 11);
  });
});

describe('versions', () => {
  it('npm pinning', () => {
    const cases: Array<[string, string]> = [
      ['1.2.3', 'exact'],
      ['=1.2.3', 'exact'],
      ['^1.2.3', 'bounded'],
      ['~1.2', 'bounded'],
      ['1.x', 'bounded'],
      ['>=1.0.0 <2.0.0', 'bounded'],
      ['1.0.0 - 2.0.0', 'bounded'],
      ['>=1.2', 'unbounded'],
      ['>= 1.2', 'unbounded'],
      ['^1.0.0 || >=3', 'unbounded'],
      ['*', 'any'],
      ['', 'any'],
      ['x', 'any'],
      ['latest', 'any'],
      ['next', 'any'],
      ['npm:other@1.2.3', 'exact'],
      ['npm:@scope/other@^2.0.0', 'bounded'],
      ['npm:other', 'any'],
    ];
    for (const [spec, expected] of cases) assert.equal(npmPinning(spec), expected, spec);
  });

  it('Python pinning (PEP 440 and Poetry)', () => {
    const cases: Array<[string, string]> = [
      ['==1.2.3', 'exact'],
      ['===1.2.3', 'exact'],
      ['1.2.3', 'exact'],
      ['==1.2.*', 'bounded'],
      ['~=1.4', 'bounded'],
      ['>=2,<3', 'bounded'],
      ['^1.2', 'bounded'],
      ['>=2', 'unbounded'],
      ['>=2,!=2.1', 'unbounded'],
      ['', 'any'],
      ['*', 'any'],
      ['!=1.0', 'any'],
    ];
    for (const [spec, expected] of cases) assert.equal(pythonPinning(spec), expected, spec);
  });

  it('SemVer 2.0.0 precedence', () => {
    const ordered = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.0.1', '1.10.0', '2.0.0'];
    for (let i = 1; i < ordered.length; i++) assert.ok(compareSemver(ordered[i - 1], ordered[i])! < 0, `${ordered[i - 1]} < ${ordered[i]}`);
    assert.equal(compareSemver('1.0.0+build.1', '1.0.0'), 0, 'build metadata does not order');
    assert.equal(compareSemver('1.0', '1.0.0'), undefined);
  });

  it('PEP 440 ordering', () => {
    const ordered = ['1.0.dev1', '1.0a1.dev1', '1.0a1', '1.0b2', '1.0rc1', '1.0', '1.0+local', '1.0.post1.dev1', '1.0.post1', '1.0.1', '1.1', '1!0.5'];
    for (let i = 1; i < ordered.length; i++) assert.ok(comparePep440(ordered[i - 1], ordered[i])! < 0, `${ordered[i - 1]} < ${ordered[i]}`);
    assert.equal(comparePep440('1.0', '1.0.0'), 0, 'trailing zeros are equal');
    assert.equal(comparePep440('1.0RC1', '1.0c1'), 0, 'normalised spellings');
    assert.equal(comparePep440('1.0-1', '1.0.post1'), 0);
  });
});

describe('OSV advisories', () => {
  const record = (events: object[], extra: object = {}) =>
    parseOsvRecord(JSON.stringify({ id: 'X-1', summary: 's', aliases: ['CVE-1'], affected: [{ package: { ecosystem: 'npm', name: 'p' }, ranges: [{ type: 'SEMVER', events }], ...extra }] }), 'x.json');

  it('introduced/fixed is half open; last_affected is inclusive; versions list; several intervals', () => {
    const database = new AdvisoryDatabase();
    database.add(record([{ introduced: '1.0.0' }, { fixed: '1.2.0' }, { introduced: '2.0.0' }, { last_affected: '2.1.0' }], { versions: ['0.5.0'] }));
    const affected = (version: string) => database.lookup('npm', 'p', version).length > 0;
    assert.deepEqual(
      ['0.4.0', '0.5.0', '1.0.0', '1.1.9', '1.2.0', '1.9.9', '2.0.0', '2.1.0', '2.1.1'].map(affected),
      [false, true, true, true, false, false, true, true, false],
    );
    assert.equal(database.lookup('npm', 'p', '1.1.0')[0].fixed, '1.2.0');
    assert.equal(database.lookup('npm', 'other', '1.1.0').length, 0);
  });

  it('PyPI names are normalised and versions ordered by PEP 440', () => {
    const database = new AdvisoryDatabase();
    database.add(parseOsvRecord(JSON.stringify({ id: 'PYSEC-1', affected: [{ package: { ecosystem: 'PyPI', name: 'Zope.Interface' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '5.0rc1' }] }] }] }), 'p.json'));
    assert.equal(database.lookup('PyPI', 'zope-interface', '5.0b1').length, 1);
    assert.equal(database.lookup('PyPI', 'zope-interface', '5.0').length, 0);
  });

  it('severity from database_specific or a CVSS 3 vector; withdrawn records do not apply', () => {
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'), 9.8);
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N'), 6.1);
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:N/I:N/A:H'), 6.5);
    const rated = parseOsvRecord(JSON.stringify({ id: 'A', severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }], affected: [] }), 'a.json');
    assert.equal(rated.severity, 'critical');
    const moderate = parseOsvRecord(JSON.stringify({ id: 'B', database_specific: { severity: 'MODERATE' }, affected: [] }), 'b.json');
    assert.equal(moderate.severity, 'medium');
    const database = new AdvisoryDatabase();
    database.add(parseOsvRecord(JSON.stringify({ id: 'W', withdrawn: '2024-01-01T00:00:00Z', affected: [{ package: { ecosystem: 'npm', name: 'p' }, versions: ['1.0.0'] }] }), 'w.json'));
    assert.equal(database.lookup('npm', 'p', '1.0.0').length, 0);
  });

  it('a file that is not an OSV record is an error naming it', () => {
    assert.throws(() => parseOsvRecord('{"summary": 1}', 'adv/x.json'), /adv\/x\.json: not an OSV record/);
    assert.throws(() => parseOsvRecord('{', 'adv/y.json'), /adv\/y\.json: not valid JSON/);
  });
});

describe('deps in a workspace scan', () => {
  let engine: Engine;
  before(async () => {
    engine = await Engine.create();
  });
  after(() => engine.dispose());

  it('deps-advisories: parsed from preflight.yml; its advisories find the locked version; a broken folder puts only the deps gate in error', async () => {
    assert.equal(parseConfig('deps-advisories: .osv\n', 'preflight.yml').depsAdvisoriesPath, '.osv');
    assert.throws(() => parseConfig('deps-advisories: 3\n', 'preflight.yml'), /preflight\.yml:1:18: `deps-advisories` must be the path/);
    const lock = JSON.stringify({ lockfileVersion: 3, packages: { '': { dependencies: { lodash: '^4.17.15' } }, 'node_modules/lodash': { version: '4.17.20' } } });
    const advisory = JSON.stringify({ id: 'GHSA-35jh-r3h4-6jhm', aliases: ['CVE-2021-23337'], summary: 'Command Injection in lodash', affected: [{ package: { ecosystem: 'npm', name: 'lodash' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }] }], database_specific: { severity: 'HIGH' } });
    const workspace = makeWorkspace({
      'preflight.yml': 'deps-advisories: .osv\n',
      'package.json': '{\n  "dependencies": {\n    "lodash": "^4.17.15"\n  }\n}\n',
      'package-lock.json': lock,
      '.osv/npm/GHSA-35jh-r3h4-6jhm.json': advisory,
    });
    try {
      const config = await loadConfig(workspace.root);
      const scan = await scanWorkspace(engine, workspace.root, { config });
      const finding = scan.findings.find((candidate) => candidate.ruleId === 'deps-known-vulnerability');
      assert.ok(finding, JSON.stringify(scan.findings));
      assert.equal(finding.file, 'package.json');
      assert.equal(finding.range.start.line, 2);
      assert.equal(finding.severity, 'high');
      assert.match(finding.message, /lodash 4\.17\.20 is affected by GHSA-35jh-r3h4-6jhm \(CVE-2021-23337\): Command Injection in lodash; fixed in 4\.17\.21/);
      assert.equal(scan.verdicts.find((verdict) => verdict.gate === 'deps')?.status, 'fail');

      writeFileSync(workspace.path('.osv/npm/broken.json'), '{"not": "osv"}');
      const broken = await scanWorkspace(engine, workspace.root, { config: await loadConfig(workspace.root) });
      assert.deepEqual(
        broken.verdicts.map((verdict) => [verdict.gate, verdict.status]),
        [
          ['secrets', 'pass'],
          ['sast', 'pass'],
          ['iac', 'pass'],
          ['deps', 'error'],
        ],
      );
      assert.ok(broken.notices.some((notice) => notice.file === 'preflight.yml' && /broken\.json: not an OSV record/.test(notice.message)), JSON.stringify(broken.notices));
      writeFileSync(workspace.path('preflight.yml'), 'version: 1\ndeps-advisories: missing-folder\n');
      const missing = await scanWorkspace(engine, workspace.root, { config: await loadConfig(workspace.root) });
      const notice = missing.notices.find((candidate) => /missing-folder, which is not a folder/.test(candidate.message));
      assert.equal(notice?.range?.start.line, 1, 'reported on the deps-advisories line');
    } finally {
      workspace.dispose();
    }
  });

  it('a manifest is read with its lock file: changing only the lock file changes the findings', async () => {
    const workspace = makeWorkspace({ 'package.json': '{ "dependencies": { "a": "^1.0.0" } }\n' });
    try {
      const config = await loadConfig(workspace.root);
      const ids = async () => (await scanWorkspace(engine, workspace.root, { config })).findings.map((finding) => `${finding.file}:${finding.ruleId}`).sort();
      assert.deepEqual(await ids(), ['package.json:deps-floating-version', 'package.json:deps-missing-lockfile']);
      writeFileSync(workspace.path('package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { '': { dependencies: { a: '^1.0.0' } }, 'node_modules/a': { version: '1.0.0' } } }));
      assert.deepEqual(await ids(), [], 'a lock file in sync: nothing to report (the cache is keyed on the sibling too)');
      writeFileSync(workspace.path('package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { '': { dependencies: { a: '^0.9.0' } }, 'node_modules/a': { version: '0.9.0', hasInstallScript: true } } }));
      assert.deepEqual(await ids(), ['package.json:deps-install-script', 'package.json:deps-lockfile-out-of-sync']);
      writeFileSync(workspace.path('package-lock.json'), '{ "lockfileVersion": 3, ');
      const broken = await scanWorkspace(engine, workspace.root, { config });
      assert.equal(broken.verdicts.find((verdict) => verdict.gate === 'deps')?.status, 'error', 'a malformed lock file is an error, not a pass');
      assert.ok(broken.notices.some((notice) => notice.file === 'package-lock.json' && /could not read this lock file/.test(notice.message)));
    } finally {
      workspace.dispose();
    }
  });

  it('a lone document (no surroundings) reports only what needs no lock file', () => {
    const config = { ...loadDefaults(), gates: loadDefaults().gates };
    const findings = engine.scanSource(Engine.source('package.json', '{ "dependencies": { "a": "^1.0.0", "b": "*" } }'), { config }).findings;
    assert.deepEqual(findings.map((finding) => [finding.ruleId, finding.severity]), [['deps-floating-version', 'low']]);
  });
});

function loadDefaults() {
  return parseConfig('', 'preflight.yml');
}

describe('discovery of dependency audits', () => {
  it('osv-scanner, npm audit --audit-level, pip-audit make the deps gate hard; without them it is advisory', () => {
    const workflow = (run: string) =>
      new Map([['.github/workflows/ci.yml', `on: push\njobs:\n  audit:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${run}\n`]]);
    const deps = (run: string) => discoverGates(workflow(run)).gates.find((gate) => gate.name === 'deps')!;
    assert.deepEqual([deps('osv-scanner scan source -r .').mode, deps('osv-scanner scan source -r .').origin], ['hard', '.github/workflows/ci.yml:6']);
    assert.equal(deps('npm audit --audit-level=high').failOn, 'high');
    assert.equal(deps('npm audit').failOn, 'medium');
    assert.equal(deps('python -m pip_audit -r requirements.txt').mode, 'hard');
    assert.equal(deps('pip-audit').mode, 'hard');
    assert.equal(deps('npm audit fix').origin, ADVISORY);
    assert.equal(deps('echo hello').mode, 'soft');
  });
});
