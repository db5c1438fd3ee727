/**
 * The built CLI as a pipeline runs it: exit codes, the gate table, SARIF and JSON reports.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fakeGithubToken, makeWorkspace } from './support/workspace';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const EXAMPLES = join(ROOT, 'examples');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('preflight gates on examples/', () => {
  test('prints the gate table and exits 1 because hard gates fail', () => {
    const { code, stdout } = run(['gates', EXAMPLES, '--no-color']);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /STAGE\s+GATE\s+MODE\s+FAIL-ON\s+VERDICT\s+CRIT\s+HIGH\s+MED\s+LOW\s+INFO\s+SKIPPED/);
    for (const gate of ['secrets', 'sast', 'iac', 'deps']) assert.match(stdout, new RegExp(`source\\s+${gate}\\s+hard\\s+\\w+\\s+fail`, 'i'));
    assert.match(stdout, /^Result: FAIL — gate secrets \(hard\) failed/m);
  });

  test('--format sarif --output writes SARIF 2.1.0 with rule metadata, gates and relative URIs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-sarif '));
    try {
      const output = join(dir, 'out dir.sarif');
      const { code, stderr } = run(['gates', EXAMPLES, '--format', 'sarif', '--output', output]);
      assert.equal(code, 1);
      assert.match(stderr, /Result: FAIL/, 'the table still goes to standard error');
      const sarif = JSON.parse(readFileSync(output, 'utf8'));
      assert.equal(sarif.version, '2.1.0');
      assert.match(sarif.$schema, /sarif-2\.1\.0/);
      const [runResult] = sarif.runs;
      const rules = runResult.tool.driver.rules as Array<{ id: string; properties: { tags: string[]; 'security-severity': string }; help: { markdown: string } }>;
      assert.equal(runResult.tool.driver.name, 'Preflight');
      assert.ok(rules.length >= 3);
      const sastRule = rules.find((rule) => rule.id === 'py-unsafe-yaml-load')!;
      assert.ok(sastRule.properties.tags.includes('CWE-502'), JSON.stringify(sastRule.properties.tags));
      assert.match(sastRule.help.markdown, /## Bad/);
      assert.ok(Number(sastRule.properties['security-severity']) > 0);
      assert.match(runResult.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/examples\/$/);
      assert.ok(runResult.results.length >= 5);
      for (const result of runResult.results) {
        const location = result.locations[0].physicalLocation;
        assert.equal(rules[result.ruleIndex].id, result.ruleId);
        assert.match(location.artifactLocation.uri, /^(app|infra)\/[^/]/, 'relative URI');
        assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
        assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
        assert.ok(['secrets', 'sast', 'iac', 'deps'].includes(result.properties.gate));
        assert.equal(result.level, 'error');
        assert.match(result.partialFingerprints['preflight/v1'], /^[0-9a-f]{32}$/);
      }
      assert.equal(runResult.invocations[0].executionSuccessful, true);
      const synthetic = readFileSync(join(EXAMPLES, 'app', 'server.js'), 'utf8').match(/ghp_\w+/)![0];
      assert.ok(!readFileSync(output, 'utf8').includes(synthetic), 'SARIF must not contain the full secret');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--format json carries the verdicts and masked findings', () => {
    const { code, stdout } = run(['gates', EXAMPLES, '--format', 'json']);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.overall, 'fail');
    assert.deepEqual(report.verdicts.map((v: { gate: string }) => v.gate), ['secrets', 'sast', 'iac', 'deps']);
    const secret = report.findings.find((f: { ruleId: string }) => f.ruleId === 'github-pat');
    assert.equal(secret.file, 'app/server.js');
    assert.equal(secret.startLine, 10);
    assert.match(secret.message, /ghp_…\(40 chars\)/);
  });
});

test('--format junit: one suite per gate, a failure per blocking finding (CodeBuild test reports)', () => {
  const { code, stdout } = run(['gates', EXAMPLES, '--format', 'junit']);
  assert.equal(code, 1);
  assert.match(stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="preflight gates"/);
  for (const gate of ['secrets', 'sast', 'iac', 'deps']) assert.match(stdout, new RegExp(`<testsuite name="source/${gate}" tests="\\d+" failures="[1-9]\\d*"`));
  assert.match(stdout, /<failure type="critical" message="GitHub personal access token: ghp_…\(40 chars\)">/);
  const suites = stdout.match(/<testsuite /g)!.length;
  assert.equal(suites, 4);
});

test('Kubernetes manifests and Dockerfiles go through the iac gate, with findings on the causing line', () => {
  const manifest = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    '  namespace: shop',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: web',
    '          image: nginx:1.27.2',
    '          securityContext:',
    '            privileged: true',
    '',
  ].join('\r\n');
  const workspace = makeWorkspace({
    'deploy/web.yaml': manifest,
    'services/api/Dockerfile': 'FROM node:20.18-alpine\nADD src/ /app/\nCMD ["node", "/app/server.js"]\n',
    'chart/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n',
  });
  try {
    const { code, stdout } = run(['gates', workspace.root, '--format', 'json']);
    assert.equal(code, 1, stdout);
    const report = JSON.parse(stdout);
    assert.equal(report.verdicts.find((v: { gate: string }) => v.gate === 'iac').status, 'fail');
    const at = (ruleId: string, file: string) => report.findings.find((f: { ruleId: string; file: string }) => f.ruleId === ruleId && f.file === file);
    assert.equal(at('CKV_K8S_16', 'deploy/web.yaml')?.startLine, 13);
    assert.match(at('CKV_K8S_16', 'deploy/web.yaml').message, /\(Deployment\.shop\.web, container "web"\)/);
    assert.equal(at('CKV_DOCKER_4', 'services/api/Dockerfile')?.startLine, 2);
    assert.equal(at('CKV_DOCKER_3', 'services/api/Dockerfile')?.startLine, 1, 'a missing USER lands on the FROM');
    assert.ok(!report.findings.some((f: { file: string }) => f.file.startsWith('chart/')), 'Helm templates are not manifests yet');
  } finally {
    workspace.dispose();
  }
});

describe('exit codes', () => {
  test('0 when every gate passes', () => {
    const workspace = makeWorkspace({ 'ok.py': 'print("hello")\n', 'main.tf': 'resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}\n' });
    try {
      const { code, stdout } = run(['gates', workspace.root]);
      assert.equal(code, 0, stdout);
      assert.match(stdout, /Result: PASS — every gate passed/);
    } finally {
      workspace.dispose();
    }
  });

  test('0 when only a soft gate fails; 1 when the same gate is hard', () => {
    const files = { 'a.js': `const t = "${fakeGithubToken()}";\n` };
    const soft = makeWorkspace({ ...files, 'preflight.yml': 'gates:\n  secrets:\n    scanners: [secrets]\n    mode: soft\n' });
    const hard = makeWorkspace({ ...files, 'preflight.yml': 'gates:\n  secrets:\n    scanners: [secrets]\n' });
    try {
      assert.equal(run(['gates', soft.root]).code, 0);
      assert.equal(run(['gates', hard.root]).code, 1);
    } finally {
      soft.dispose();
      hard.dispose();
    }
  });

  test('2 with a clear message for a malformed preflight.yml', () => {
    const workspace = makeWorkspace({ 'preflight.yml': 'gates:\n  iac:\n    scanners: [iac]\n    fail-on: severe\n' });
    try {
      const { code, stderr } = run(['gates', workspace.root]);
      assert.equal(code, 2);
      assert.match(stderr, /invalid configuration: preflight\.yml:4:\d+: `fail-on` must be one of/);
    } finally {
      workspace.dispose();
    }
  });

  test('2 for bad usage, with the usage text', () => {
    for (const args of [['gates', '--format', 'xml'], ['gates', 'a', 'b'], ['gates', join(ROOT, 'no such folder')], ['gates', '--bogus']]) {
      const { code, stderr } = run(args);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
      assert.match(stderr, /Usage: preflight gates/);
    }
    for (const args of [['scan'], []]) {
      const { code, stderr } = run(args);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
      assert.match(stderr, /Usage: preflight <command>[\s\S]*gates[\s\S]*init/, 'the command list');
    }
  });

  test('the project passes its own gates', () => {
    const { code, stdout } = run(['gates', ROOT, '--no-color']);
    assert.equal(code, 0, stdout);
  });
});

describe('gates discovered from the pipeline definition', () => {
  const codebuild = join(ROOT, 'test', 'fixtures', 'pipelines', 'codebuild');

  test('--explain shows every gate with the file and line it came from', () => {
    const { code, stdout } = run(['gates', codebuild, '--explain']);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /gates discovered from buildspec\.yml/);
    assert.match(stdout, /source \/ iac: hard, fails on high or higher[\s\S]*from: buildspec\.yml:18[\s\S]*checkov -d infra/);
    assert.match(stdout, /source \/ secrets: hard[\s\S]*from: buildspec\.yml:23/);
    assert.match(stdout, /source \/ sast: soft[\s\S]*advisory/);
  });

  test('an explicit preflight.yml wins, and init --from-ci writes one that gives the same gates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight init '));
    try {
      writeFileSync(join(dir, 'buildspec.yml'), readFileSync(join(codebuild, 'buildspec.yml')));
      mkdirSync(join(dir, '.ci'));
      writeFileSync(join(dir, '.ci', 'gitleaks.toml'), readFileSync(join(codebuild, '.ci', 'gitleaks.toml')));
      const discovered = JSON.parse(run(['gates', dir, '--format', 'json']).stdout).verdicts;
      const init = run(['init', dir, '--from-ci']);
      assert.equal(init.code, 0, init.stderr);
      const written = readFileSync(join(dir, 'preflight.yml'), 'utf8');
      assert.match(written, /# from buildspec\.yml:18/);
      const explained = run(['gates', dir, '--explain']).stdout;
      assert.match(explained, /Gates from preflight\.yml/);
      const configured = JSON.parse(run(['gates', dir, '--format', 'json']).stdout).verdicts;
      const settings = (gates: Array<Record<string, unknown>>) => gates.map(({ gate, stage, mode, failOn, status }) => ({ gate, stage, mode, failOn, status }));
      assert.deepEqual(settings(configured), settings(discovered));
      const again = run(['init', dir, '--from-ci']);
      assert.equal(again.code, 2, 'never overwrites without --force');
      assert.match(again.stderr, /already exists; pass --force/);
      assert.equal(run(['init', dir, '--from-ci', '--force']).code, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CI scale: --stage, --gate, --shard and merge', () => {
  test('--gate and --stage select gates; an unknown one is a usage error', () => {
    const iacOnly = JSON.parse(run(['gates', EXAMPLES, '--gate', 'iac', '--format', 'json', '--builtin-only']).stdout);
    assert.deepEqual(iacOnly.verdicts.map((verdict: { gate: string }) => verdict.gate), ['iac']);
    assert.ok(iacOnly.findings.every((finding: { gate: string }) => finding.gate === 'iac'));
    const source = JSON.parse(run(['gates', EXAMPLES, '--stage', 'source', '--format', 'json', '--builtin-only']).stdout);
    assert.equal(source.verdicts.length, 4);
    const unknown = run(['gates', EXAMPLES, '--gate', 'dast']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no gate named 'dast' \(gates: secrets, sast, iac, deps\)/);
    assert.equal(run(['gates', EXAMPLES, '--shard', '5/4']).code, 2);
  });

  test('n=1 and n=4 shards merge into identical results; a missing part is an error, not a pass', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight shards '));
    try {
      const shardRun = (index: number, count: number, format: string) => {
        const output = join(dir, `part-${index}-of-${count}.${format}`);
        const result = run(['gates', EXAMPLES, '--builtin-only', '--shard', `${index}/${count}`, '--format', format, '--output', output]);
        assert.ok(result.code === 0 || result.code === 1, result.stderr);
        return output;
      };
      for (const format of ['json', 'sarif']) {
        const single = shardRun(1, 1, format);
        const parts = [1, 2, 3, 4].map((index) => shardRun(index, 4, format));
        const partFindings = parts.map((part) => (format === 'json' ? JSON.parse(readFileSync(part, 'utf8')).findings.length : JSON.parse(readFileSync(part, 'utf8')).runs[0].results.length));
        assert.ok(partFindings.filter((count) => count > 0).length >= 2, `the files are spread over the shards: ${partFindings}`);
        const one = run(['merge', single, '--format', format]);
        const four = run(['merge', ...parts.reverse(), '--format', format]);
        assert.equal(four.code, one.code);
        assert.equal(one.code, 1, 'examples/ fails its hard gates');
        const strip = (text: string) => {
          const document = JSON.parse(text);
          if (format === 'json') return { verdicts: document.verdicts, findings: document.findings, overall: document.overall, filesScanned: document.filesScanned };
          return { verdicts: document.runs[0].properties.verdicts, results: document.runs[0].results, rules: document.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id) };
        };
        assert.deepEqual(strip(four.stdout), strip(one.stdout));
        const missing = run(['merge', parts[0], parts[1], parts[2]]);
        assert.equal(missing.code, 2);
        assert.match(missing.stderr, /missing part\(s\) \d\/4/);
      }
      const twice = run(['merge', join(dir, 'part-1-of-4.json'), join(dir, 'part-1-of-4.json')]);
      assert.match(twice.stderr, /part 1\/4 is given twice/);
      const text = run(['merge', ...[1, 2, 3, 4].map((index) => join(dir, `part-${index}-of-4.json`)), '--format', 'text']);
      assert.match(text.stdout, /Result: FAIL/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('baselines', () => {
  test('preflight baseline accepts today\'s findings; gates then fail only on new ones; --new-only hides the accepted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight baseline '));
    try {
      cpSync(EXAMPLES, dir, { recursive: true });
      const before = JSON.parse(run(['gates', dir, '--builtin-only', '--format', 'json']).stdout);
      assert.equal(before.overall, 'fail');
      const written = run(['baseline', dir, '--builtin-only', '--reason', 'legacy code, tracked in SEC-12']);
      assert.equal(written.code, 0, written.stderr);
      const file = JSON.parse(readFileSync(join(dir, '.preflight', 'baseline.json'), 'utf8'));
      assert.equal(file.findings.length, before.findings.filter((finding: { suppressed: unknown }) => !finding.suppressed).length);
      assert.deepEqual(Object.keys(file.findings[0]), ['fingerprint', 'ruleId', 'file', 'reason']);
      assert.equal(file.findings[0].reason, 'legacy code, tracked in SEC-12');
      assert.ok(!readFileSync(join(dir, '.preflight', 'baseline.json'), 'utf8').includes('ghp_'), 'no secret values in the baseline');

      const after = run(['gates', dir, '--builtin-only', '--format', 'json']);
      assert.equal(after.code, 0, after.stdout);
      const report = JSON.parse(after.stdout);
      assert.ok(report.findings.some((finding: { suppressed: { by: string } | null }) => finding.suppressed?.by === 'baseline'));

      writeFileSync(join(dir, 'app', 'new.py'), 'import yaml\n\ndef load(text):\n    return yaml.load(text)\n');
      const fresh = JSON.parse(run(['gates', dir, '--builtin-only', '--format', 'json', '--new-only']).stdout);
      assert.equal(fresh.overall, 'fail');
      assert.deepEqual(fresh.findings.map((finding: { file: string; ruleId: string }) => `${finding.file} ${finding.ruleId}`), ['app/new.py py-unsafe-yaml-load']);

      const again = run(['baseline', dir, '--builtin-only']);
      assert.match(again.stdout, /\(1 new, \d+ kept, 0 dropped as gone\)/);
      const entries = JSON.parse(readFileSync(join(dir, '.preflight', 'baseline.json'), 'utf8')).findings as Array<{ file: string; reason: string }>;
      assert.ok(entries.filter((entry) => entry.file !== 'app/new.py').every((entry) => entry.reason === 'legacy code, tracked in SEC-12'), 'kept entries keep their reasons');

      writeFileSync(join(dir, '.preflight', 'baseline.json'), '{ "version": 1, "findings": [ { "fingerprint": "x" } ] }\n');
      const broken = run(['gates', dir, '--builtin-only', '--no-color']);
      assert.equal(broken.code, 2, 'a baseline that cannot be read puts every gate in error');
      assert.match(broken.stdout, /\.preflight\/baseline\.json:1:\d+: finding 1 needs a non-empty `ruleId`/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dependency audits (--deps-audit)', () => {
  test('the audit tools on PATH run only with --deps-audit; their reports of one advisory are one finding', { skip: process.platform === 'win32' ? 'shebang shims do not run on Windows' : false }, () => {
    const bin = mkdtempSync(join(tmpdir(), 'preflight-audit-bin-'));
    const workspace = makeWorkspace({ 'requirements.txt': 'flask==2.3.3\nrequests==2.28.0\n' });
    // Fakes that record that they ran and print a report in each tool's documented JSON shape.
    const shim = (name: string, report: object, code: number) => {
      const path = join(bin, name);
      writeFileSync(path, `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(join(bin, `${name}.ran`))}, '');\nprocess.stdout.write(${JSON.stringify(JSON.stringify(report))});\nprocess.exit(${code});\n`, { mode: 0o755 });
    };
    shim('osv-scanner', { results: [{ source: { path: join(workspace.root, 'requirements.txt'), type: 'lockfile' }, packages: [{ package: { name: 'requests', version: '2.28.0', ecosystem: 'PyPI' }, vulnerabilities: [{ id: 'GHSA-j8r2-6x86-q33q', aliases: ['CVE-2023-32681', 'PYSEC-2023-74'], summary: 'Unintended leak of Proxy-Authorization header in requests' }], groups: [{ ids: ['GHSA-j8r2-6x86-q33q'], max_severity: '6.1' }] }] }] }, 1);
    shim('pip-audit', { dependencies: [{ name: 'requests', version: '2.28.0', vulns: [{ id: 'PYSEC-2023-74', fix_versions: ['2.31.0'], aliases: ['CVE-2023-32681', 'GHSA-j8r2-6x86-q33q'], description: 'leak' }] }, { name: 'flask', version: '2.3.3', vulns: [] }], fixes: [] }, 1);
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
    const gates = (...flags: string[]) => spawnSync(process.execPath, [CLI, 'gates', workspace.root, '--format', 'json', ...flags], { encoding: 'utf8', cwd: ROOT, env });
    try {
      const offline = gates();
      assert.equal(offline.status, 0, offline.stderr);
      assert.ok(!existsSync(join(bin, 'osv-scanner.ran')) && !existsSync(join(bin, 'pip-audit.ran')), 'no audit tool runs without --deps-audit');
      const audited = gates('--deps-audit');
      assert.equal(audited.status, 1, audited.stderr);
      const report = JSON.parse(audited.stdout);
      const findings = report.findings.filter((finding: { ruleId: string }) => finding.ruleId === 'deps-known-vulnerability');
      assert.equal(findings.length, 1, JSON.stringify(findings));
      assert.deepEqual([findings[0].file, findings[0].startLine, findings[0].severity, [...findings[0].engines].sort()], ['requirements.txt', 2, 'medium', ['osv-scanner', 'pip-audit']]);
    } finally {
      workspace.dispose();
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
