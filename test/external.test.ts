/**
 * External tools: the safe runner (argument arrays, timeout, output cap, cancellation), binary
 * resolution, and the real gitleaks (WebAssembly build behind a `gitleaks` on PATH) merged with
 * the built-in rules — plus a gitleaks that crashes or writes garbage, which must make the gate error.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { resolveBinary, runTool } from '../server/src/engine/external/runner';
import { fakeGithubToken, makeWorkspace } from './support/workspace';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const REAL_GITLEAKS_DIR = join(__dirname, 'support', 'bin');
const NODE_DIR = dirname(process.execPath);

function gates(root: string, pathDirs: string[]) {
  const result = spawnSync(process.execPath, [CLI, 'gates', root, '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, PATH: [...pathDirs, NODE_DIR, '/usr/bin', '/bin'].join(':') },
  });
  return { code: result.status, report: JSON.parse(result.stdout || '{}'), stderr: result.stderr };
}

/** A fake `gitleaks` whose behaviour a test chooses. */
function fakeGitleaks(body: string): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'fake-gitleaks-'));
  const path = join(dir, 'gitleaks');
  writeFileSync(path, `#!${process.execPath}\nconst args = process.argv.slice(2);\nif (args[0] === 'version') { console.log('v8.28.0'); process.exit(0); }\n${body}\n`);
  chmodSync(path, 0o755);
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('safe process runner', () => {
  test('arguments are passed as they are, never through a shell', async () => {
    const hostile = '$(echo pwned); `id` && echo "x" | cat > /tmp/never';
    const result = await runTool(process.execPath, ['-e', 'process.stdout.write(process.argv[1])', hostile], { timeoutMs: 10_000, maxOutputBytes: 1024 });
    assert.equal(result.failure, undefined);
    assert.equal(result.stdout, hostile);
  });

  test('a timeout, an output flood and a cancellation each end the run with a reason', async () => {
    const slow = await runTool(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { timeoutMs: 300, maxOutputBytes: 1024 });
    assert.match(slow.failure ?? '', /timed out/);
    const flood = await runTool(process.execPath, ['-e', 'process.stdout.write("x".repeat(100000))'], { timeoutMs: 10_000, maxOutputBytes: 1000 });
    assert.match(flood.failure ?? '', /more than 1000 bytes/);
    const controller = new AbortController();
    const running = runTool(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { timeoutMs: 60_000, maxOutputBytes: 1024, signal: controller.signal });
    controller.abort();
    assert.equal((await running).failure, 'cancelled');
    const missing = await runTool('/nonexistent/tool', [], { timeoutMs: 1000, maxOutputBytes: 10 });
    assert.match(missing.failure ?? '', /could not start/);
  });

  test('binaries come from an absolute configured path or PATH, nothing else', () => {
    assert.equal(resolveBinary('gitleaks', undefined, REAL_GITLEAKS_DIR), join(REAL_GITLEAKS_DIR, 'gitleaks'));
    assert.equal(resolveBinary('gitleaks', undefined, NODE_DIR), undefined);
    assert.equal(resolveBinary('gitleaks', join(REAL_GITLEAKS_DIR, 'gitleaks')), join(REAL_GITLEAKS_DIR, 'gitleaks'));
    assert.equal(resolveBinary('gitleaks', 'test/support/bin/gitleaks'), undefined, 'a relative path is refused');
    assert.equal(resolveBinary('gitleaks', '/nonexistent/gitleaks'), undefined);
  });
});

describe('preflight gates with gitleaks installed', () => {
  test('the real gitleaks runs too: one finding per secret, naming both engines, and the version', { timeout: 120_000 }, () => {
    const workspace = makeWorkspace({ 'app/config.js': `const token = "${fakeGithubToken()}";\n` });
    try {
      const { code, report } = gates(workspace.root, [REAL_GITLEAKS_DIR]);
      assert.equal(code, 1);
      const secrets = report.findings.filter((f: { gate: string }) => f.gate === 'secrets');
      assert.equal(secrets.length, 1, JSON.stringify(secrets));
      assert.deepEqual(secrets[0].engines, ['preflight', 'gitleaks']);
      assert.ok(report.notices.some((n: { message: string }) => /gitleaks v8\.28\.0 ran: 1 finding/.test(n.message)), JSON.stringify(report.notices));
    } finally {
      workspace.dispose();
    }
  });

  test('excluded paths (preflight.yml exclude, node_modules) are not scanned by gitleaks either', { timeout: 120_000 }, () => {
    const token = `const token = "${fakeGithubToken()}";\n`;
    const workspace = makeWorkspace({ 'vendor/lib.js': token, 'node_modules/pkg/index.js': token, 'preflight.yml': 'exclude: ["vendor/**"]\n' });
    try {
      const { code, report } = gates(workspace.root, [REAL_GITLEAKS_DIR]);
      assert.equal(code, 0, JSON.stringify(report.findings));
      assert.ok(report.notices.some((n: { message: string }) => /gitleaks v8\.28\.0 ran: 0 finding/.test(n.message)), JSON.stringify(report.notices));
    } finally {
      workspace.dispose();
    }
  });

  test('without gitleaks (or Checkov) the built-in rules run and the report says so once', () => {
    const workspace = makeWorkspace({ 'a.py': 'print(1)\n' });
    try {
      const { code, report } = gates(workspace.root, []);
      assert.equal(code, 0);
      assert.deepEqual(report.notices.map((n: { message: string }) => n.message), [
        'gitleaks was not found on PATH: only the built-in secrets rules ran',
        'Checkov was not found on PATH: only the built-in IaC checks ran',
      ]);
    } finally {
      workspace.dispose();
    }
  });

  test('a gitleaks that crashes, or writes a report that is not JSON, makes the secrets gate error', () => {
    const workspace = makeWorkspace({ 'a.py': 'print(1)\n' });
    const crashing = fakeGitleaks(`process.stderr.write('fatal: config broken\\n'); process.exit(3);`);
    const garbage = fakeGitleaks(`require('fs').writeFileSync(args[args.indexOf('--report-path') + 1], '<html>oops'); process.exit(0);`);
    try {
      for (const [fake, reason] of [[crashing, /exited with code 3: fatal: config broken/], [garbage, /report Preflight cannot read/]] as const) {
        const { code, report } = gates(workspace.root, [fake.dir]);
        assert.equal(code, 2, JSON.stringify(report.verdicts));
        const secrets = report.verdicts.find((v: { gate: string }) => v.gate === 'secrets');
        assert.equal(secrets.status, 'error');
        assert.match(secrets.reason, reason);
        assert.equal(report.verdicts.find((v: { gate: string }) => v.gate === 'sast').status, 'pass');
      }
    } finally {
      workspace.dispose();
      crashing.dispose();
      garbage.dispose();
    }
  });
});
