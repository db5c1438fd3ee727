/**
 * The external Checkov: its JSON report (fixtures written by hand from Checkov's documented
 * shape), the merge with the built-in IaC findings, the process path through a fake `checkov`
 * (test/support/bin/checkov) in the CLI and the language server, skipped findings shown as skipped,
 * and the real Checkov when one is on PATH.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { defaultConfig } from '../server/src/engine/config/preflight';
import { Engine } from '../server/src/engine/engine';
import { checkovArgs, mergeCheckov, parseCheckovReport, runCheckov } from '../server/src/engine/external/checkov';
import { resolveBinary } from '../server/src/engine/external/runner';
import { loadConfig, scanWorkspace } from '../server/src/engine/workspace';
import { RUN_GATES_REQUEST, type RunGatesResult } from '../server/src/shared/protocol';
import { messageText, TestClient } from './support/lsp-client';
import { makeWorkspace } from './support/workspace';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const BIN = join(__dirname, 'support', 'bin');
const FAKE = join(BIN, 'checkov');
const REPORTS = join(__dirname, 'support', 'checkov-reports');
const NODE_DIR = dirname(process.execPath);
const report = (name: string) => readFileSync(join(REPORTS, name), 'utf8');

/** The workspace the report fixtures describe (their line ranges match these files). */
const FILES = {
  'infra/main.tf': `resource "aws_kms_key" "data" {\n  description = "data"\n}\n\nresource "aws_s3_bucket" "logs" {\n  # checkov:skip=CKV_AWS_18:access logs go to a central account\n  bucket = "logs"\n\n  versioning {\n    enabled    = true\n    mfa_delete = true\n  }\n}\n`,
  'infra/template.yaml': `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  DataKey:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: false\n`,
};

let engine: Engine;
before(async () => {
  engine = await Engine.create();
});
after(() => engine.dispose());

function builtin(files: Record<string, string>) {
  return Object.entries(files).flatMap(([path, text]) => engine.scanSource(Engine.source(path, text), { config: defaultConfig() }).findings);
}

const mergeOptions = (root: string) => ({ gate: 'iac', version: '3.2.999', config: defaultConfig(), root, severityOf: (id: string) => engine.rules.get(id)?.severity });

describe('Checkov JSON report', () => {
  test('one framework: failed and skipped checks, workspace-relative paths, documented fields', () => {
    const parsed = parseCheckovReport(report('single-terraform.json'), '/work/repo');
    assert.deepEqual(
      parsed.checks.map((c) => [c.checkId, c.file, c.lineRange, c.resource, c.severity, Boolean(c.skipped)]),
      [
        ['CKV_AWS_7', 'infra/main.tf', [1, 3], 'aws_kms_key.data', undefined, false],
        ['CKV2_AWS_64', 'infra/main.tf', [1, 3], 'aws_kms_key.data', 'low', false],
        ['CKV_AWS_145', 'infra/main.tf', [5, 12], 'aws_s3_bucket.logs', undefined, false],
        ['CKV_AWS_18', 'infra/main.tf', [5, 12], 'aws_s3_bucket.logs', undefined, true],
      ],
    );
    assert.equal(parsed.checks[3].skipped?.reason, 'access logs go to a central account');
    assert.match(parsed.checks[0].guideline ?? '', /^https:\/\/docs\.prismacloud\.io\//);
    assert.equal(parsed.checks[0].checkName, 'Ensure rotation for customer created CMKs is enabled');
  });

  test('several frameworks: a list of reports; parsing errors are kept', () => {
    const parsed = parseCheckovReport(report('multi-framework.json'), '/work/repo');
    assert.deepEqual(parsed.checks.map((c) => `${c.checkId}@${c.file}`), [
      'CKV_AWS_7@infra/main.tf',
      'CKV2_AWS_64@infra/main.tf',
      'CKV_AWS_145@infra/main.tf',
      'CKV_AWS_18@infra/main.tf',
      'CKV_AWS_7@infra/template.yaml',
    ]);
    assert.deepEqual(parsed.parsingErrors, ['infra/broken.yaml']);
  });

  test('nothing to scan: a bare summary or an empty list', () => {
    assert.deepEqual(parseCheckovReport(report('empty-summary.json'), '/r'), { checks: [], parsingErrors: [] });
    assert.deepEqual(parseCheckovReport(report('empty-list.json'), '/r'), { checks: [], parsingErrors: [] });
    const logged = `2026-01-01 12:00:00 [MainThread] [WARNI] something\n${report('single-terraform.json')}`;
    assert.equal(parseCheckovReport(logged, '/r').checks.length, 4, 'log lines before the report are tolerated');
  });

  test('garbage is an error with a reason, never an empty pass', () => {
    const garbage: Array<[string, RegExp]> = [
      ['', /nothing on standard output/],
      ['<html>oops</html>', /not JSON/],
      ['{"foo": 1}', /no `results`/],
      ['[{"check_type": "terraform", "results": {"failed_checks": {}}}]', /`results.failed_checks` is not a list/],
      ['{"results": {"failed_checks": [{"check_id": 7}]}}', /has no `check_id`/],
      ['{"results": {"failed_checks": [{"check_id": "CKV_AWS_7", "file_path": "/a.tf"}]}}', /CKV_AWS_7 .* has no `file_line_range`/],
      ['[1, 2]', /expected an object \(report #1\)/],
    ];
    for (const [stdout, message] of garbage) assert.throws(() => parseCheckovReport(stdout, '/r'), message, stdout);
  });
});

describe('merging Checkov with the built-in checks', () => {
  test('one finding per (check, file, resource) naming both engines; Checkov-only checks as Checkov reports them', () => {
    const findings = builtin(FILES);
    // The bucket's CKV_AWS_145 and CKV_AWS_18 are built-in too since they follow connected resources as Checkov does.
    assert.deepEqual(findings.map((f) => f.ruleId), ['CKV_AWS_7', 'CKV_AWS_145', 'CKV_AWS_18', 'CKV_AWS_7']);
    const external = parseCheckovReport(report('multi-framework.json'), '/nowhere').checks;
    const merged = mergeCheckov(findings, [...external, ...external], mergeOptions('/nowhere'));
    assert.deepEqual(
      merged.map((f) => [f.ruleId, f.file, f.range.start.line, f.engines.join('+'), f.severity, f.suppressed?.reason ?? null]),
      [
        ['CKV_AWS_7', 'infra/main.tf', 0, 'preflight+checkov', 'medium', null],
        ['CKV_AWS_145', 'infra/main.tf', 4, 'preflight+checkov', 'medium', null],
        ['CKV_AWS_18', 'infra/main.tf', 4, 'preflight+checkov', 'low', 'access logs go to a central account'],
        ['CKV_AWS_7', 'infra/template.yaml', 5, 'preflight+checkov', 'medium', null],
        ['CKV2_AWS_64', 'infra/main.tf', 0, 'checkov', 'low', null],
      ],
    );
    const only = merged.find((f) => f.ruleId === 'CKV2_AWS_64')!;
    assert.equal(only.message, 'Ensure KMS key Policy is defined (aws_kms_key.data): reported by Checkov 3.2.999');
    assert.equal(merged.find((f) => f.ruleId === 'CKV_AWS_18')!.suppressed?.by, 'checkov:skip');
  });

  test('Kubernetes: a container check merges once per workload (Checkov addresses it Kind.namespace.name)', () => {
    // The manifest single-kubernetes.json describes: its line ranges are these documents'.
    const manifest = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      '  namespace: shop',
      'spec:',
      '  template:',
      '    spec:',
      '      initContainers:',
      '        - name: migrate',
      '          image: registry.example.com/migrate:1.0.0',
      '      containers:',
      '        - name: app',
      '          image: registry.example.com/app:1.0.0',
      '        - name: proxy',
      '          image: envoyproxy/envoy:v1.31.2',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: debug',
      'spec:',
      '  containers:',
      '    - name: shell',
      '      image: busybox:1.36',
      '      securityContext:',
      '        privileged: true',
      '',
    ].join('\n');
    const external = parseCheckovReport(report('single-kubernetes.json'), '/home/runner/work/repo').checks;
    assert.deepEqual(external.map((check) => [check.checkId, check.file, check.resource]), [
      ['CKV_K8S_20', 'deploy/app.yaml', 'Deployment.shop.web'],
      ['CKV_K8S_20', 'deploy/app.yaml', 'Pod.default.debug'],
      ['CKV_K8S_16', 'deploy/app.yaml', 'Pod.default.debug'],
    ]);
    const checked = new Set(external.map((check) => check.checkId));
    const merged = mergeCheckov(builtin({ 'deploy/app.yaml': manifest }), external, mergeOptions('/nowhere')).filter((f) => checked.has(f.ruleId));
    // Three containers of the Deployment fail CKV_K8S_20: still one finding, on the first (app), found by both engines.
    assert.deepEqual(
      merged.map((f) => [f.ruleId, f.range.start.line, f.engines.join('+')]).sort(),
      [
        ['CKV_K8S_16', 26, 'preflight+checkov'],
        ['CKV_K8S_20', 12, 'preflight+checkov'],
        ['CKV_K8S_20', 23, 'preflight+checkov'],
      ],
    );
    assert.match(merged.find((f) => f.range.start.line === 12)!.message, /\(Deployment\.shop\.web, container "app"\)$/);
  });

  test('the repository’s soft-fail applies to Checkov-only findings too', async () => {
    const workspace = makeWorkspace({ ...FILES, '.checkov.yaml': 'soft-fail-on: CKV2_*\n' });
    try {
      const config = await loadConfig(workspace.root);
      const external = parseCheckovReport(report('single-terraform.json'), workspace.root).checks;
      const merged = mergeCheckov([], external, { ...mergeOptions(workspace.root), config });
      assert.equal(merged.find((f) => f.ruleId === 'CKV2_AWS_64')!.softFail, '.checkov.yaml soft-fail-on CKV2_*');
      assert.deepEqual(merged.find((f) => f.ruleId === 'CKV2_AWS_64')!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 31 } });
    } finally {
      workspace.dispose();
    }
  });
});

describe('the Checkov process (fake checkov)', () => {
  const withEnv = async <T>(env: Record<string, string>, body: () => Promise<T>): Promise<T> => {
    const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
    Object.assign(process.env, env);
    try {
      return await body();
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  };

  test('argument array: -d . or -f FILE, JSON, offline, the repository config; the version is shown', async () => {
    const workspace = makeWorkspace({ ...FILES, '.checkov.yaml': 'skip-check: CKV_AWS_20\n' });
    const log = join(workspace.root, 'args.log');
    try {
      const config = await loadConfig(workspace.root);
      assert.deepEqual(checkovArgs({ root: workspace.root, target: 'infra/main.tf', config }), [
        '-f', 'infra/main.tf', '-o', 'json', '--skip-download', '--config-file', join(workspace.root, '.checkov.yaml'),
      ]);
      const outcome = await withEnv({ FAKE_CHECKOV_REPORT: join(REPORTS, 'multi-framework.json'), FAKE_CHECKOV_ARGS_LOG: log }, () =>
        runCheckov({ binary: FAKE, root: workspace.root, target: '.', config }),
      );
      assert.equal(outcome.version, '3.2.999');
      assert.equal(outcome.findings.length, 5);
      assert.ok(outcome.notices.some((n) => n.message === 'Checkov 3.2.999 ran: 4 failed check(s), 1 skipped'), JSON.stringify(outcome.notices));
      assert.ok(outcome.notices.some((n) => n.file === 'infra/broken.yaml' && n.level === 'warning'));
      const [call] = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
      assert.deepEqual(call.args, ['-d', '.', '-o', 'json', '--skip-download', '--config-file', join(workspace.root, '.checkov.yaml')]);
    } finally {
      workspace.dispose();
    }
  });

  test('a crash, garbage, a timeout and a cancellation are iac errors with the reason', async () => {
    const workspace = makeWorkspace(FILES);
    try {
      const run = (extra: { timeoutMs?: number; signal?: AbortSignal } = {}) => runCheckov({ binary: FAKE, root: workspace.root, target: '.', config: defaultConfig(), ...extra });
      const reasons: Array<[string, RegExp, () => Promise<Awaited<ReturnType<typeof run>>>]> = [
        ['crash', /Checkov 3\.2\.999 exited with code 2: ValueError: fake checkov crashed/, () => run()],
        ['garbage', /Checkov 3\.2\.999 printed a report Preflight cannot read: not JSON/, () => run()],
        ['hang', /timed out after 1 s/, () => run({ timeoutMs: 1000 })],
        ['hang', /cancelled/, () => run({ signal: AbortSignal.timeout(300) })],
      ];
      for (const [mode, reason, go] of reasons) {
        const outcome = await withEnv({ FAKE_CHECKOV_MODE: mode }, go);
        assert.deepEqual(outcome.findings, []);
        assert.equal(outcome.notices.length, 1);
        assert.equal(outcome.notices[0].level, 'error');
        assert.equal(outcome.notices[0].scanner, 'iac');
        assert.match(outcome.notices[0].message, reason);
      }
      const scan = await withEnv({ FAKE_CHECKOV_MODE: 'crash' }, async () =>
        scanWorkspace(engine, workspace.root, { config: defaultConfig(), external: { checkov: FAKE } }),
      );
      assert.equal(scan.verdicts.find((v) => v.gate === 'iac')!.status, 'error');
      assert.equal(scan.verdicts.find((v) => v.gate === 'secrets')!.status, 'pass');
    } finally {
      workspace.dispose();
    }
  });
});

function gates(root: string, env: Record<string, string>, format = 'json') {
  const result = spawnSync(process.execPath, [CLI, 'gates', root, '--format', format, '--no-color'], {
    encoding: 'utf8',
    env: { ...process.env, PATH: [BIN, NODE_DIR, '/usr/bin', '/bin'].join(delimiter), ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('preflight gates with Checkov installed (fake checkov on PATH)', () => {
  test('merged findings name both engines; Checkov-only and skipped checks are reported; the version is shown', { timeout: 120_000 }, () => {
    const workspace = makeWorkspace(FILES);
    try {
      const { code, stdout, stderr } = gates(workspace.root, { FAKE_CHECKOV_REPORT: join(REPORTS, 'multi-framework.json') });
      assert.equal(code, 1, stderr);
      const json = JSON.parse(stdout);
      const iac = json.findings.filter((f: { gate: string }) => f.gate === 'iac');
      assert.deepEqual(
        iac.map((f: { ruleId: string; file: string; engines: string[] }) => `${f.ruleId} ${f.file} ${f.engines.join('+')}`),
        [
          'CKV2_AWS_64 infra/main.tf checkov',
          'CKV_AWS_7 infra/main.tf preflight+checkov',
          'CKV_AWS_145 infra/main.tf preflight+checkov',
          'CKV_AWS_18 infra/main.tf preflight+checkov',
          'CKV_AWS_7 infra/template.yaml preflight+checkov',
        ],
      );
      const verdict = json.verdicts.find((v: { gate: string }) => v.gate === 'iac');
      assert.deepEqual([verdict.status, verdict.suppressed], ['fail', 1]);
      assert.ok(json.notices.some((n: { message: string }) => /Checkov 3\.2\.999 ran: 4 failed check\(s\), 1 skipped/.test(n.message)), JSON.stringify(json.notices));

      const text = gates(workspace.root, { FAKE_CHECKOV_REPORT: join(REPORTS, 'multi-framework.json') }, 'text').stdout;
      assert.match(text, /SKIP\s+iac\s+low\s+infra\/main\.tf:5:1\s+CKV_AWS_18 .* \(skipped by checkov:skip: access logs go to a central account\)/);
    } finally {
      workspace.dispose();
    }
  });

  test('checkov crashing makes the iac gate error (exit 2); --builtin-only does not start it', { timeout: 120_000 }, () => {
    const workspace = makeWorkspace(FILES);
    try {
      const crashed = gates(workspace.root, { FAKE_CHECKOV_MODE: 'crash' });
      assert.equal(crashed.code, 2);
      assert.match(JSON.parse(crashed.stdout).verdicts.find((v: { gate: string }) => v.gate === 'iac').reason, /exited with code 2/);
      const result = spawnSync(process.execPath, [CLI, 'gates', workspace.root, '--format', 'json', '--builtin-only'], {
        encoding: 'utf8',
        env: { ...process.env, PATH: [BIN, NODE_DIR].join(delimiter), FAKE_CHECKOV_MODE: 'crash' },
      });
      assert.equal(result.status, 1);
    } finally {
      workspace.dispose();
    }
  });
});

describe('skipped findings in the CLI (built-in checks, no external tools)', () => {
  test('checkov:skip and .checkov.yaml skip-check: listed as SKIP with the reason, counted in SKIPPED, SARIF suppressions', { timeout: 60_000 }, () => {
    const workspace = makeWorkspace({
      ...FILES,
      '.checkov.yaml': 'skip-check: [CKV_AWS_7, CKV_AWS_145]\n',
      'legacy/s3.tf':
        'resource "aws_s3_bucket" "site" {\n  # checkov:skip=CKV_AWS_20:public website, reviewed by security\n  acl = "public-read"\n\n  versioning {\n    enabled    = true\n    mfa_delete = true\n  }\n\n  logging {\n    target_bucket = "access-logs"\n  }\n\n  server_side_encryption_configuration {\n    rule {\n      apply_server_side_encryption_by_default {\n        sse_algorithm = "aws:kms"\n      }\n    }\n  }\n}\n',
    });
    const out = mkdtempSync(join(tmpdir(), 'preflight-sarif-'));
    try {
      const env = { PATH: [NODE_DIR, '/usr/bin', '/bin'].join(delimiter) };
      const text = spawnSync(process.execPath, [CLI, 'gates', workspace.root, '--no-color'], { encoding: 'utf8', env: { ...process.env, ...env } });
      assert.equal(text.status, 0, text.stdout);
      // Skipped: CKV_AWS_7 twice and CKV_AWS_145 (skip-check), CKV_AWS_18 and CKV_AWS_20 (checkov:skip).
      assert.match(text.stdout, /source\s+iac\s+hard\s+low\s+pass\s+0\s+0\s+0\s+0\s+0\s+5/i);
      assert.match(text.stdout, /SKIP\s+iac\s+high\s+legacy\/s3\.tf:3:3\s+CKV_AWS_20 .*\(skipped by checkov:skip: public website, reviewed by security\)/);
      assert.match(text.stdout, /SKIP\s+iac\s+medium\s+infra\/main\.tf:1:1\s+CKV_AWS_7 .*\(skipped by \.checkov\.yaml skip-check: CKV_AWS_7 is listed\)/);
      const sarifPath = join(out, 'r.sarif');
      spawnSync(process.execPath, [CLI, 'gates', workspace.root, '--format', 'sarif', '--output', sarifPath], { encoding: 'utf8', env: { ...process.env, ...env } });
      const results = JSON.parse(readFileSync(sarifPath, 'utf8')).runs[0].results;
      assert.deepEqual(results.map((r: { suppressions: unknown }) => r.suppressions), [
        [{ kind: 'external', justification: '.checkov.yaml skip-check: CKV_AWS_7 is listed' }],
        [{ kind: 'external', justification: '.checkov.yaml skip-check: CKV_AWS_145 is listed' }],
        [{ kind: 'inSource', justification: 'checkov:skip: access logs go to a central account' }],
        [{ kind: 'external', justification: '.checkov.yaml skip-check: CKV_AWS_7 is listed' }],
        [{ kind: 'inSource', justification: 'checkov:skip: public website, reviewed by security' }],
      ]);
      const junit = spawnSync(process.execPath, [CLI, 'gates', workspace.root, '--format', 'junit'], { encoding: 'utf8', env: { ...process.env, ...env } }).stdout;
      assert.match(junit, /<testsuite name="source\/iac" tests="5" failures="0" errors="0" skipped="5">/);
      assert.match(junit, /<skipped message="\.checkov\.yaml skip-check: CKV_AWS_7 is listed"\/>/);
    } finally {
      workspace.dispose();
      rmSync(out, { recursive: true, force: true });
    }
  });
});

test('soft-fail in .checkov.yaml: the findings are reported (SOFT, with the reason) and the pipeline passes; hard-fail-on still fails it', { timeout: 60_000 }, () => {
  const soft = makeWorkspace({ ...FILES, '.checkov.yaml': 'soft-fail: true\n' });
  const hard = makeWorkspace({ ...FILES, '.checkov.yaml': 'soft-fail: true\nhard-fail-on: [MEDIUM]\n' });
  try {
    const env = { ...process.env, PATH: [NODE_DIR, '/usr/bin', '/bin'].join(delimiter) };
    const passed = spawnSync(process.execPath, [CLI, 'gates', soft.root, '--no-color'], { encoding: 'utf8', env });
    assert.equal(passed.status, 0, passed.stdout);
    assert.match(passed.stdout, /SOFT\s+iac\s+medium\s+infra\/main\.tf:1:1\s+CKV_AWS_7 .*\(\.checkov\.yaml soft-fail\)/);
    // CKV_AWS_7 twice and the bucket's CKV_AWS_145; its CKV_AWS_18 is skipped in the file.
    assert.match(passed.stdout, /source\s+iac\s+hard\s+low\s+pass\s+0\s+0\s+3\s+0\s+0\s+1/i);
    const failed = spawnSync(process.execPath, [CLI, 'gates', hard.root, '--no-color'], { encoding: 'utf8', env });
    assert.equal(failed.status, 1, failed.stdout);
    assert.match(failed.stdout, /gate iac \(hard\) failed: 3 MEDIUM at or above low/);
  } finally {
    soft.dispose();
    hard.dispose();
  }
});

describe('language server with Checkov', () => {
  const env = (extra: Record<string, string>) => ({ ...process.env, PATH: `${BIN}${delimiter}${process.env.PATH}`, ...extra });

  test('trusted: on save Checkov runs on the saved file; diagnostics name both engines, Checkov-only checks appear', { timeout: 60_000 }, async () => {
    const workspace = makeWorkspace(FILES);
    const log = join(workspace.root, 'args.log');
    const client = await TestClient.start({
      rootPath: workspace.root,
      env: env({ FAKE_CHECKOV_REPORT: join(REPORTS, 'single-terraform.json'), FAKE_CHECKOV_ARGS_LOG: log }),
      initializationOptions: { workspaceTrusted: true },
    });
    try {
      const uri = client.uri(workspace.path('infra/main.tf'));
      await client.open(uri, 'terraform', FILES['infra/main.tf']);
      // Built in: the key's CKV_AWS_7, the bucket's CKV_AWS_145 and its skipped CKV_AWS_18.
      await client.diagnostics(uri, (d) => d.length === 3);
      await client.save(uri);
      const diagnostics = await client.diagnostics(uri, (d) => d.length === 4, 30_000);
      const byCode = Object.fromEntries(diagnostics.map((d) => [d.code, d]));
      assert.match(messageText(byCode.CKV_AWS_7), /engines: preflight, checkov/);
      assert.equal(byCode.CKV_AWS_7.severity, DiagnosticSeverity.Error);
      assert.match(messageText(byCode.CKV_AWS_145), /engines: preflight, checkov/);
      assert.match(messageText(byCode.CKV2_AWS_64), /Ensure KMS key Policy is defined .*reported by Checkov 3\.2\.999/);
      assert.equal(byCode.CKV_AWS_18.severity, DiagnosticSeverity.Information);
      assert.match(messageText(byCode.CKV_AWS_18), /skipped by checkov:skip: access logs go to a central account/);
      const [call] = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
      assert.deepEqual(call.args.slice(0, 2), ['-f', 'infra/main.tf']);
    } finally {
      await client.stop();
      workspace.dispose();
    }
  });

  test('untrusted: Checkov never runs, and the run says why', { timeout: 60_000 }, async () => {
    const workspace = makeWorkspace({ ...FILES, '.checkov.yaml': 'external-checks-dir: [policies]\n' });
    const log = join(workspace.root, 'args.log');
    const client = await TestClient.start({ rootPath: workspace.root, env: env({ FAKE_CHECKOV_ARGS_LOG: log }), initializationOptions: { workspaceTrusted: false } });
    try {
      const uri = client.uri(workspace.path('infra/main.tf'));
      await client.open(uri, 'terraform', FILES['infra/main.tf']);
      await client.save(uri);
      const result = (await client.connection.sendRequest(RUN_GATES_REQUEST, {})) as RunGatesResult;
      assert.ok(result.notices.some((n) => /Checkov was not run: the workspace is not trusted/.test(n.message)), JSON.stringify(result.notices));
      assert.ok(result.notices.some((n) => /external checks \(policies\) did not run: Preflight never runs repository code/.test(n.message)), JSON.stringify(result.notices));
      assert.ok(!existsSync(log), 'checkov was started in an untrusted workspace');
    } finally {
      await client.stop();
      workspace.dispose();
    }
  });

  test('a malformed .checkov.yaml: a diagnostic where it is wrong and the iac gate in error; skip-check shows as Information', { timeout: 60_000 }, async () => {
    const workspace = makeWorkspace({ ...FILES, '.checkov.yaml': 'skip-check:\n  - CKV_AWS_7\nframework: [terrafrom]\n' });
    const client = await TestClient.start({ rootPath: workspace.root });
    try {
      const result = (await client.connection.sendRequest(RUN_GATES_REQUEST, {})) as RunGatesResult;
      const iac = result.verdicts.find((v) => v.gate === 'iac')!;
      assert.equal(iac.status, 'error');
      assert.match(iac.reason, /\.checkov\.yaml:3:13: `framework`: unknown framework `terrafrom`/);
      const configUri = client.uri(workspace.path('.checkov.yaml'));
      const [diagnostic] = await client.diagnostics(configUri, (d) => d.length > 0);
      assert.deepEqual(diagnostic.range.start, { line: 2, character: 12 });
      assert.equal(diagnostic.severity, DiagnosticSeverity.Error);
      assert.match(messageText(diagnostic), /unknown framework `terrafrom`/);

      const { writeFileSync } = await import('node:fs');
      writeFileSync(workspace.path('.checkov.yaml'), 'skip-check:\n  - CKV_AWS_7\n  - CKV_AWS_145\nframework: [terraform]\n');
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
      await client.diagnostics(configUri, (d) => d.length === 0);
      const uri = client.uri(workspace.path('infra/main.tf'));
      await client.open(uri, 'terraform', FILES['infra/main.tf']);
      // The key's CKV_AWS_7 and the bucket's CKV_AWS_145 skipped by the config, its CKV_AWS_18 by checkov:skip.
      const skipped = (await client.diagnostics(uri, (d, params) => d.length === 3 && params.version === 1)).find((d) => d.code === 'CKV_AWS_7')!;
      assert.equal(skipped.severity, DiagnosticSeverity.Information, messageText(skipped));
      assert.match(messageText(skipped), /skipped by \.checkov\.yaml skip-check: CKV_AWS_7 is listed/);
      const again = (await client.connection.sendRequest(RUN_GATES_REQUEST, {})) as RunGatesResult;
      assert.deepEqual(again.verdicts.find((v) => v.gate === 'iac')!.status, 'pass');
      assert.equal(again.verdicts.find((v) => v.gate === 'iac')!.suppressed, 3, 'template.yaml is outside framework: terraform');
    } finally {
      await client.stop();
      workspace.dispose();
    }
  });
});

describe('the real Checkov', () => {
  test('agrees with the built-in CKV_AWS_7 on a Terraform file (runs only when checkov is on PATH)', { timeout: 300_000 }, async (t) => {
    const path = (process.env.PATH ?? '').split(delimiter).filter((dir) => dir && !dir.startsWith(BIN)).join(delimiter);
    const real = resolveBinary('checkov', undefined, path);
    if (!real) {
      t.skip('checkov is not on PATH (it is a Python package that cannot be installed on this machine); install it to run this test');
      return;
    }
    const workspace = makeWorkspace({ 'main.tf': FILES['infra/main.tf'] });
    try {
      const scan = await scanWorkspace(engine, workspace.root, { config: defaultConfig(), external: { checkov: real } });
      assert.ok(!scan.notices.some((n) => n.level === 'error'), JSON.stringify(scan.notices));
      const rotation = scan.findings.find((f) => f.ruleId === 'CKV_AWS_7');
      assert.deepEqual(rotation?.engines, ['preflight', 'checkov']);
      assert.ok(scan.findings.some((f) => f.ruleId === 'CKV_AWS_18' && f.suppressed?.by === 'checkov:skip'), 'the real Checkov reports the skipped check');
    } finally {
      workspace.dispose();
    }
  });
});
