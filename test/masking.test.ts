/**
 * No output Preflight produces shows a secret in full: CLI reports in every format, and over LSP
 * the diagnostics, hovers, code actions, log and status messages and the gate run. The secrets
 * are every rule's generated positive cases (and the synthetic ones in examples/).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { CodeActionRequest, HoverRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { ALL_RULES } from '../rules/index';
import { RUN_GATES_REQUEST } from '../server/src/shared/protocol';
import { expandTemplate } from './support/cases';
import { TestClient } from './support/lsp-client';
import { makeWorkspace } from './support/workspace';

const ROOT = join(__dirname, '..');

function corpus(root: string): { files: string[]; secrets: string[] } {
  const files: string[] = [];
  const secrets = new Set<string>();
  for (const rule of ALL_RULES.filter((r) => r.scanner === 'secrets')) {
    const dir = join(ROOT, 'rules', 'secrets', rule.id, 'cases');
    for (const name of readdirSync(dir).filter((n) => !/\.fixed\./.test(n))) {
      const { text, generated } = expandTemplate(readFileSync(join(dir, name), 'utf8'), `${rule.id}/${name}`);
      const path = `${rule.id}/${name}`;
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
      files.push(path);
      for (const value of generated) if (value.length >= 12) secrets.add(value);
    }
  }
  return { files, secrets: [...secrets] };
}

function assertMasked(output: string, secrets: string[], where: string): void {
  const leaked = secrets.filter((secret) => output.includes(secret));
  assert.deepEqual(leaked.map((secret) => `${secret.slice(0, 4)}…(${secret.length})`), [], `${where} shows ${leaked.length} full secret(s)`);
}

test('CLI reports in every format mask every secret', () => {
  const workspace = makeWorkspace({});
  try {
    const { secrets } = corpus(workspace.root);
    assert.ok(secrets.length >= 20, `only ${secrets.length} generated secrets`);
    let findings = 0;
    for (const format of ['text', 'json', 'sarif', 'junit']) {
      const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'gates', workspace.root, '--format', format, '--builtin-only'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      assert.equal(result.status, 1, result.stderr);
      assertMasked(result.stdout + result.stderr, secrets, `--format ${format}`);
      if (format === 'json') findings = JSON.parse(result.stdout).findings.length;
    }
    assert.ok(findings >= 20, `the corpus should produce findings, got ${findings}`);
  } finally {
    workspace.dispose();
  }
});

test('LSP output masks every secret: diagnostics, hovers, code actions, messages, gate run', { timeout: 120_000 }, async () => {
  const workspace = makeWorkspace({});
  const { files, secrets } = corpus(workspace.root);
  const client = await TestClient.start({ rootPath: workspace.root, initializationOptions: { workspaceTrusted: false } });
  try {
    const outputs: unknown[] = [];
    for (const file of files) {
      const uri = client.uri(workspace.path(file));
      await client.open(uri, 'plaintext', readFileSync(workspace.path(file), 'utf8'));
      const diagnostics: Diagnostic[] = await client.diagnostics(uri);
      for (const diagnostic of diagnostics) {
        outputs.push(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: diagnostic.range.start }));
        outputs.push(await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }));
      }
    }
    outputs.push(await client.connection.sendRequest(RUN_GATES_REQUEST, {}));
    assert.ok(client.published.some((p) => p.diagnostics.length > 0));
    assertMasked(JSON.stringify(client.published), secrets, 'diagnostics');
    assertMasked(JSON.stringify(outputs), secrets, 'hovers, code actions and the gate run');
    assertMasked(JSON.stringify(client.notifications) + client.stderr.join(''), secrets, 'log and status messages');
  } finally {
    await client.stop();
    workspace.dispose();
  }
});

test('the fingerprint in reports is a hash, not the secret', () => {
  const dir = join(ROOT, '.test-output', 'masking');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { secrets } = corpus(dir);
  const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'gates', dir, '--format', 'json', '--builtin-only'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  for (const finding of JSON.parse(result.stdout).findings as Array<{ fingerprint: string }>) assert.match(finding.fingerprint, /^[0-9a-f]{32}$/);
  assertMasked(result.stdout, secrets, 'JSON fingerprints');
  rmSync(dir, { recursive: true, force: true });
});
