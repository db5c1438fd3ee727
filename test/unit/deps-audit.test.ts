/**
 * The dependency audit tools: their JSON reports (fixtures written from each tool's documented
 * output), the process path through a fake `osv-scanner` on disk, and the real tools when present.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Engine } from '../../server/src/engine/engine';
import { DiskDirectoryReader } from '../../server/src/engine/directory';
import { auditFindings, parseNpmAuditReport, parseOsvScannerReport, parsePipAuditReport } from '../../server/src/engine/external/deps-audit';
import { resolveBinary } from '../../server/src/engine/external/runner';
import { loadConfig, scanWorkspace } from '../../server/src/engine/workspace';
import { makeWorkspace } from '../support/workspace';

const OSV_REPORT = (lockPath: string) => ({
  results: [
    {
      source: { path: lockPath, type: 'lockfile' },
      packages: [
        {
          package: { name: 'lodash', version: '4.17.20', ecosystem: 'npm' },
          vulnerabilities: [
            {
              id: 'GHSA-35jh-r3h4-6jhm',
              summary: 'Command Injection in lodash',
              aliases: ['CVE-2021-23337'],
              affected: [{ package: { ecosystem: 'npm', name: 'lodash' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }] }],
            },
          ],
          groups: [{ ids: ['GHSA-35jh-r3h4-6jhm'], aliases: ['CVE-2021-23337', 'GHSA-35jh-r3h4-6jhm'], max_severity: '7.2' }],
        },
        {
          package: { name: 'minimist', version: '1.2.5', ecosystem: 'npm' },
          vulnerabilities: [{ id: 'GHSA-xvch-5gv4-984h', summary: 'Prototype Pollution in minimist', aliases: ['CVE-2021-44906'] }],
          groups: [{ ids: ['GHSA-xvch-5gv4-984h'], max_severity: '9.8' }],
        },
      ],
    },
  ],
});

const LOCK = JSON.stringify(
  {
    lockfileVersion: 3,
    packages: {
      '': { dependencies: { lodash: '^4.17.15' } },
      'node_modules/lodash': { version: '4.17.20' },
      'node_modules/minimist': { version: '1.2.5' },
    },
  },
  null,
  2,
);

describe('audit reports', () => {
  it('osv-scanner: packages, ids, aliases, fixed version, severity from the group score', () => {
    const found = parseOsvScannerReport(JSON.stringify(OSV_REPORT('/ws/app/package-lock.json')), (path) => path.replace('/ws/', ''));
    assert.deepEqual(
      found.map((item) => [item.source, item.name, item.version, item.id, item.fixed, item.severity]),
      [
        ['app/package-lock.json', 'lodash', '4.17.20', 'GHSA-35jh-r3h4-6jhm', '4.17.21', 'high'],
        ['app/package-lock.json', 'minimist', '1.2.5', 'GHSA-xvch-5gv4-984h', undefined, 'critical'],
      ],
    );
    assert.throws(() => parseOsvScannerReport('{"oops": 1}', (path) => path), /not an osv-scanner JSON report/);
  });

  it('npm audit --json: advisories from `via`, GHSA ids from their URL; an `error` object is an error', () => {
    const report = {
      auditReportVersion: 2,
      vulnerabilities: {
        lodash: {
          name: 'lodash',
          severity: 'high',
          isDirect: true,
          via: [{ source: 1096305, name: 'lodash', dependency: 'lodash', title: 'Command Injection in lodash', url: 'https://github.com/advisories/GHSA-35jh-r3h4-6jhm', severity: 'high', range: '<4.17.21' }],
          effects: [],
          range: '<=4.17.20',
          nodes: ['node_modules/lodash'],
          fixAvailable: true,
        },
        'depends-on-lodash': { name: 'depends-on-lodash', severity: 'high', isDirect: false, via: ['lodash'], effects: [], range: '*', nodes: [], fixAvailable: false },
      },
      metadata: { vulnerabilities: { high: 2 } },
    };
    const found = parseNpmAuditReport(JSON.stringify(report), 'package-lock.json');
    assert.deepEqual(found.map((item) => [item.name, item.id, item.severity, item.summary]), [['lodash', 'GHSA-35jh-r3h4-6jhm', 'high', 'Command Injection in lodash']]);
    assert.throws(() => parseNpmAuditReport(JSON.stringify({ error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.', detail: 'Try creating one first with: npm i --package-lock-only' } }), 'x'), /requires an existing lockfile\.: Try creating one/);
  });

  it('pip-audit -f json: the current object form and the older bare list', () => {
    const dependencies = [
      { name: 'Requests', version: '2.28.0', vulns: [{ id: 'PYSEC-2023-74', fix_versions: ['2.31.0'], aliases: ['CVE-2023-32681', 'GHSA-j8r2-6x86-q33q'], description: 'Requests leaks Proxy-Authorization headers.\nMore text.' }] },
      { name: 'flask', version: '2.3.3', vulns: [] },
    ];
    for (const text of [JSON.stringify({ dependencies, fixes: [] }), JSON.stringify(dependencies)]) {
      const found = parsePipAuditReport(text, 'requirements.txt');
      assert.deepEqual(found.map((item) => [item.name, item.version, item.id, item.fixed, item.summary]), [['requests', '2.28.0', 'PYSEC-2023-74', '2.31.0', 'Requests leaks Proxy-Authorization headers.']]);
    }
  });

  it('findings land on the manifest line (direct) or the lock-file line (transitive); a PYSEC and a GHSA report of one advisory are one finding', () => {
    const workspace = makeWorkspace({
      'package.json': '{\n  "dependencies": {\n    "lodash": "^4.17.15"\n  }\n}\n',
      'package-lock.json': LOCK,
      'requirements.txt': 'flask==2.3.3\nrequests==2.28.0\n',
    });
    try {
      const directory = new DiskDirectoryReader(workspace.root, 1 << 20);
      const audited = [
        ...parseOsvScannerReport(JSON.stringify(OSV_REPORT('package-lock.json')), (path) => path),
        ...parsePipAuditReport(JSON.stringify({ dependencies: [{ name: 'requests', version: '2.28.0', vulns: [{ id: 'PYSEC-2023-74', fix_versions: ['2.31.0'], aliases: ['GHSA-j8r2-6x86-q33q'] }] }] }), 'requirements.txt'),
        { tool: 'osv-scanner' as const, ecosystem: 'PyPI' as const, source: 'requirements.txt', name: 'requests', version: '2.28.0', id: 'GHSA-j8r2-6x86-q33q', aliases: ['PYSEC-2023-74'], summary: '' },
      ];
      const findings = auditFindings(audited, { gate: 'deps', directory });
      assert.deepEqual(
        findings.map((finding) => [finding.file, finding.range.start.line, finding.engines.join('+')]),
        [
          ['package.json', 2, 'osv-scanner'],
          ['package-lock.json', 11, 'osv-scanner'],
          ['requirements.txt', 1, 'pip-audit+osv-scanner'],
        ],
      );
    } finally {
      workspace.dispose();
    }
  });
});

describe('audit tools as processes', () => {
  let engine: Engine;
  let bin: string;
  before(async () => {
    engine = await Engine.create();
    bin = mkdtempSync(join(tmpdir(), 'preflight-shim-'));
  });
  after(() => {
    engine.dispose();
    rmSync(bin, { recursive: true, force: true });
  });

  /** A fake osv-scanner: a Node script that prints `stdout`/`stderr` and exits with `code`, recording its arguments. */
  function shim(name: string, stdout: string, stderr: string, code: number): string {
    const path = join(bin, name);
    writeFileSync(
      path,
      `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(`${path}.args`)}, JSON.stringify([process.cwd(), ...process.argv.slice(2)]));\nprocess.stdout.write(${JSON.stringify(stdout)});\nprocess.stderr.write(${JSON.stringify(stderr)});\nprocess.exit(${code});\n`,
    );
    chmodSync(path, 0o755);
    return path;
  }

  it('osv-scanner runs with an argument array in the workspace; its findings merge with the built-in ones', { skip: process.platform === 'win32' ? 'shebang shims do not run on Windows' : false }, async () => {
    const advisory = { id: 'GHSA-35jh-r3h4-6jhm', aliases: ['CVE-2021-23337'], affected: [{ package: { ecosystem: 'npm', name: 'lodash' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }] }], database_specific: { severity: 'HIGH' } };
    const workspace = makeWorkspace({
      'package.json': '{\n  "dependencies": {\n    "lodash": "^4.17.15"\n  }\n}\n',
      'package-lock.json': LOCK,
      // The same advisory offline: one finding, both engines.
      'preflight.yml': 'deps-advisories: advisories\n',
      'advisories/GHSA-35jh-r3h4-6jhm.json': JSON.stringify(advisory),
    });
    try {
      const osv = shim('osv-scanner', JSON.stringify(OSV_REPORT(join(workspace.root, 'package-lock.json'))), '', 1);
      const scan = await scanWorkspace(engine, workspace.root, { config: await loadConfig(workspace.root), external: { deps: { osvScanner: osv } } });
      const { readFileSync } = await import('node:fs');
      const [cwd, ...args] = JSON.parse(readFileSync(`${osv}.args`, 'utf8')) as string[];
      assert.equal(cwd, workspace.root);
      assert.deepEqual(args, ['--format', 'json', '--recursive', '.']);
      const vulnerabilities = scan.findings.filter((finding) => finding.ruleId === 'deps-known-vulnerability');
      assert.deepEqual(
        vulnerabilities.map((finding) => [finding.file, finding.range.start.line, finding.severity, finding.engines.join('+')]),
        [
          ['package.json', 2, 'high', 'preflight+osv-scanner'],
          ['package-lock.json', 11, 'critical', 'osv-scanner'],
        ],
      );
      assert.equal(scan.verdicts.find((verdict) => verdict.gate === 'deps')?.status, 'fail');
    } finally {
      workspace.dispose();
    }
  });

  it('a failing osv-scanner puts the deps gate in error with its own words', { skip: process.platform === 'win32' ? 'shebang shims do not run on Windows' : false }, async () => {
    const workspace = makeWorkspace({ 'package.json': '{ "dependencies": { "a": "1.0.0" } }\n', 'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': { dependencies: { a: '1.0.0' } }, 'node_modules/a': { version: '1.0.0' } } }) });
    try {
      const osv = shim('osv-scanner-broken', '', 'Error: failed to query api.osv.dev: dial tcp: lookup api.osv.dev: no such host\n', 127);
      const scan = await scanWorkspace(engine, workspace.root, { config: await loadConfig(workspace.root), external: { deps: { osvScanner: osv } } });
      const deps = scan.verdicts.find((verdict) => verdict.gate === 'deps')!;
      assert.equal(deps.status, 'error');
      assert.ok(scan.notices.some((notice) => /osv-scanner failed.*no such host/.test(notice.message)), JSON.stringify(scan.notices));
      assert.equal(scan.verdicts.find((verdict) => verdict.gate === 'secrets')?.status, 'pass', 'other gates are not affected');
    } finally {
      workspace.dispose();
    }
  });

  it('opted in without any tool installed: a notice, the built-in rules still decide', async () => {
    const workspace = makeWorkspace({ 'requirements.txt': 'flask==2.3.3\n' });
    try {
      const scan = await scanWorkspace(engine, workspace.root, { config: await loadConfig(workspace.root), external: { deps: {} } });
      assert.ok(scan.notices.some((notice) => /no dependency audit tool/.test(notice.message)));
      assert.equal(scan.verdicts.find((verdict) => verdict.gate === 'deps')?.status, 'pass');
    } finally {
      workspace.dispose();
    }
  });

  it('the real osv-scanner and pip-audit', (t) => {
    // These tools query vulnerability services over the network; Preflight's tests make no network calls.
    const installed = ['osv-scanner', 'pip-audit'].filter((name) => resolveBinary(name));
    t.skip(installed.length === 0 ? 'neither osv-scanner nor pip-audit is installed' : `${installed.join(', ')} installed, but a real run contacts a vulnerability service over the network, which the tests never do`);
  });
});
