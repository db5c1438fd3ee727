/**
 * The built language server over stdio, driven by a real LSP client library: diagnostics on
 * open, change and save; quick fixes whose edits remove their diagnostic; hover; close;
 * pull diagnostics; "Run Pipeline Gates Locally"; a malformed preflight.yml.
 */
import assert from 'node:assert/strict';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionRequest,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  FileChangeType,
  HoverRequest,
  WorkDoneProgress,
  CancellationTokenSource,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { applyEdits } from '../server/src/engine/edits';
import {
  ACCEPT_INTO_BASELINE_REQUEST,
  RUN_GATES_REQUEST,
  VERDICTS_NOTIFICATION,
  type JsonReport,
  type RunGatesResult,
  type VerdictsParams,
} from '../server/src/shared/protocol';
import { messageText, TestClient } from './support/lsp-client';
import { fakeGithubToken, makeWorkspace } from './support/workspace';

const token = fakeGithubToken();
const FILES = {
  'src/app.js': `const express = require('express');\nconst githubToken = "${token}";\nmodule.exports = githubToken;\n`,
  'src/load.py': `import yaml\n\n\ndef read(path):\n    with open(path) as f:\n        return yaml.load(f)\n`,
  'infra/main.tf': `resource "aws_kms_key" "data" {\n  description = "data"\n}\n`,
  'infra/template.yaml': `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  DataKey:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: false\n`,
  'closed/other.py': `import yaml\nyaml.unsafe_load(open("x"))\n`,
  'src/page.js': `const name = new URLSearchParams(location.search).get('name');\nconst banner = document.getElementById('banner');\nbanner.innerHTML = name;\n`,
};

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

async function waitUntil<T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The raw text of a top-level key's value in a `JSON.stringify(…, null, 2)` document. */
function rawSection(json: string, key: string, nextKey: string): string {
  const start = json.indexOf(`\n  "${key}": `);
  const end = json.indexOf(`\n  "${nextKey}": `, start);
  assert.ok(start >= 0 && end > start, `no "${key}" before "${nextKey}" in ${json.slice(0, 200)}`);
  return json.slice(start, end);
}

async function fixAndSave(client: TestClient, uri: string, text: string, diagnostic: Diagnostic, titlePart: string): Promise<string> {
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  })) as CodeAction[];
  const action = actions.find((candidate) => candidate.title.includes(titlePart));
  assert.ok(action, `no code action "${titlePart}" among ${actions.map((a) => a.title).join(' | ')}`);
  const edits = action.edit!.changes![uri] as TextEdit[];
  // Send the edits as an editor would: incremental changes, last position first.
  const ordered = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  await client.change(uri, ordered.map((edit) => ({ range: edit.range, text: edit.newText })));
  await client.save(uri);
  return applyEdits(text, edits);
}

describe('language server over stdio', () => {
  const workspace = makeWorkspace(FILES);
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ rootPath: workspace.root });
  });
  after(async () => {
    await client.stop();
    workspace.dispose();
  });

  test('secret in JavaScript: Error diagnostic with rule id, docs link and masked value; env-var fix removes it', async () => {
    const uri = client.uri(workspace.path('src/app.js'));
    await client.open(uri, 'javascript', FILES['src/app.js']);
    const diagnostics = await client.diagnostics(uri, (d) => d.length > 0);
    const secret = diagnostics.find((d) => d.code === 'github-pat');
    assert.ok(secret, `got ${codes(diagnostics)}`);
    assert.equal(secret.source, 'preflight');
    assert.equal(secret.severity, DiagnosticSeverity.Error, 'a finding that fails its gate is an Error');
    assert.match(messageText(secret), /fails gate secrets \(source\)/);
    assert.ok(!messageText(secret).includes(token), 'the diagnostic must not show the full secret');
    assert.deepEqual(secret.range, { start: { line: 1, character: 21 }, end: { line: 1, character: 21 + token.length } });
    const docs = secret.codeDescription?.href;
    assert.ok(docs && existsSync(fileURLToPath(docs)), `docs link ${docs} points at a shipped file`);

    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 25 } });
    assert.match(JSON.stringify(hover?.contents), /GitHub personal access token/);
    assert.ok(!JSON.stringify(hover).includes(token), 'the hover must not show the full secret');

    const fixed = await fixAndSave(client, uri, FILES['src/app.js'], secret, 'environment variable');
    assert.match(fixed, /const githubToken = process\.env\.GITHUB_TOKEN;/);
    const after = await client.diagnostics(uri, (_d, params) => params.version === 2);
    assert.ok(!codes(after).includes('github-pat'), `still reported: ${codes(after)}`);
  });

  test('Python: yaml.load fix, applied and saved, clears the diagnostic', async () => {
    const uri = client.uri(workspace.path('src/load.py'));
    await client.open(uri, 'python', FILES['src/load.py']);
    const [diagnostic] = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'py-unsafe-yaml-load'));
    assert.equal(diagnostic.severity, DiagnosticSeverity.Error);
    assert.match(messageText(diagnostic), /CWE-502/);
    const fixed = await fixAndSave(client, uri, FILES['src/load.py'], diagnostic, 'safe_load');
    assert.match(fixed, /yaml\.safe_load\(f\)/);
    await client.diagnostics(uri, (d, params) => params.version === 2 && !codes(d).includes('py-unsafe-yaml-load'));
  });

  test('taint finding: relatedInformation walks from the source to the sink; textContent fix clears it', async () => {
    const uri = client.uri(workspace.path('src/page.js'));
    await client.open(uri, 'javascript', FILES['src/page.js']);
    const [diagnostic] = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'js-dom-xss'));
    assert.match(messageText(diagnostic), /^`location\.search` \(line 1\) reaches `innerHTML` \(line 3\) unsanitised/);
    assert.deepEqual(
      diagnostic.relatedInformation?.map((related) => [related.location.uri, related.location.range.start, related.message]),
      [
        [uri, { line: 0, character: FILES['src/page.js'].indexOf('location.search') }, 'source: untrusted `location.search`'],
        [uri, { line: 0, character: 6 }, 'assigned to `name`'],
      ],
    );
    const fixed = await fixAndSave(client, uri, FILES['src/page.js'], diagnostic, 'textContent');
    assert.match(fixed, /banner\.textContent = name;/);
    await client.diagnostics(uri, (d, params) => params.version === 2 && !codes(d).includes('js-dom-xss'));
  });

  test('Terraform: finding on the resource, enable_key_rotation fix clears it', async () => {
    const uri = client.uri(workspace.path('infra/main.tf'));
    await client.open(uri, 'terraform', FILES['infra/main.tf']);
    const diagnostics = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'CKV_AWS_7'));
    const diagnostic = diagnostics.find((d) => d.code === 'CKV_AWS_7')!;
    assert.equal(diagnostic.range.start.line, 0, 'lands on the resource header when the attribute is absent');
    const fixed = await fixAndSave(client, uri, FILES['infra/main.tf'], diagnostic, 'enable_key_rotation');
    assert.match(fixed, /enable_key_rotation = true/);
    await client.diagnostics(uri, (d, params) => params.version === 2 && !codes(d).includes('CKV_AWS_7'));
  });

  test('CloudFormation: finding on the attribute; checkov:skip suppression turns it into an Information', async () => {
    const uri = client.uri(workspace.path('infra/template.yaml'));
    await client.open(uri, 'yaml', FILES['infra/template.yaml']);
    const diagnostics = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'CKV_AWS_7'));
    const diagnostic = diagnostics.find((d) => d.code === 'CKV_AWS_7')!;
    assert.equal(diagnostic.range.start.line, 5, 'lands on EnableKeyRotation: false');
    await fixAndSave(client, uri, FILES['infra/template.yaml'], diagnostic, 'checkov:skip');
    const after = await client.diagnostics(uri, (_d, params) => params.version === 2);
    const skipped = after.find((d) => d.code === 'CKV_AWS_7');
    assert.ok(skipped, 'a skipped finding is shown, not hidden');
    assert.equal(skipped.severity, DiagnosticSeverity.Information);
    assert.match(messageText(skipped), /skipped by checkov:skip/);
  });

  test('typing (without saving) updates diagnostics after the debounce, for the latest version only', async () => {
    const uri = client.uri(workspace.path('src/typed.py'));
    const text = 'import hashlib\n';
    await client.open(uri, 'python', text);
    await client.diagnostics(uri);
    const line = `yaml_text = yaml.load(data)\n`;
    let version = 0;
    for (let i = 0; i < line.length; i++) {
      version = await client.change(uri, [{ range: { start: { line: 1, character: i }, end: { line: 1, character: i } }, text: line[i] }]);
    }
    const diagnostics = await client.diagnostics(uri, (_d, params) => params.version === version);
    assert.deepEqual(codes(diagnostics), ['py-unsafe-yaml-load']);
  });

  test('editing one handler: the other handler\'s finding moves with its code, line numbers in its message too', async () => {
    const uri = client.uri(workspace.path('src/routes.js'));
    const text = [
      "const cp = require('child_process');",
      "const express = require('express');",
      'const app = express();',
      '',
      "app.get('/b', (req, res) => {",
      "  res.send('b');",
      '});',
      '',
      "app.get('/a', (req, res) => {",
      "  cp.exec('ls ' + req.query.dir);",
      '});',
      '',
    ].join('\n');
    await client.open(uri, 'javascript', text);
    const before = (await client.diagnostics(uri, (d) => d.some((x) => x.code === 'js-command-injection'))).find((d) => d.code === 'js-command-injection')!;
    assert.equal(before.range.start.line, 9);
    assert.match(messageText(before), /\(line 10\) reaches `exec\(\)` \(line 10\)/);
    const version = await client.change(uri, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '  const n = 1;\n  const m = 2;\n' }]);
    await client.save(uri);
    const after = (await client.diagnostics(uri, (d, params) => params.version === version && d.some((x) => x.code === 'js-command-injection'))).find((d) => d.code === 'js-command-injection')!;
    assert.equal(after.range.start.line, 11);
    assert.match(messageText(after), /\(line 12\) reaches `exec\(\)` \(line 12\)/);
    assert.equal(after.relatedInformation?.[0]?.location.range.start.line, 11, 'the source location moved too');
  });

  test('closing a file clears its diagnostics', async () => {
    const uri = client.uri(workspace.path('src/app.js'));
    await client.close(uri);
    await client.diagnostics(uri, (d, params) => d.length === 0 && params.version === undefined);
  });

  test('Run Pipeline Gates Locally: verdicts for the workspace and diagnostics for files that are not open', async () => {
    const result = (await client.connection.sendRequest(RUN_GATES_REQUEST, {})) as RunGatesResult;
    assert.equal(result.overall, 'fail');
    const sast = result.verdicts.find((verdict) => verdict.gate === 'sast')!;
    assert.equal(sast.status, 'fail');
    assert.match(result.report, /STAGE\s+GATE\s+MODE/);
    assert.ok(!result.report.includes(token), 'the report must not show the full secret');
    const closed = client.uri(workspace.path('closed/other.py'));
    const diagnostics = await client.diagnostics(closed, (d) => d.length > 0);
    assert.deepEqual(codes(diagnostics), ['py-unsafe-yaml-load']);
    const told = await waitUntil('the verdicts notification', () => client.notifications.find((n) => n.method === VERDICTS_NOTIFICATION));
    assert.ok(!('reports' in (told.params as VerdictsParams)), 'whole reports go only to clients that ask for them (liveReports)');
  });

  test('a deleted file loses its diagnostics', async () => {
    const path = workspace.path('closed/other.py');
    unlinkSync(path);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: client.uri(path), type: FileChangeType.Deleted }] });
    await client.diagnostics(client.uri(path), (d) => d.length === 0);
  });
});

describe('language server: a Terraform module spans its directory', () => {
  const volume = 'resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  size              = 10\n  encrypted         = var.encrypted\n}\n';
  const declared = (value: boolean) => `variable "encrypted" {\n  default = ${value}\n}\n`;
  const workspace = makeWorkspace({ 'infra/main.tf': volume, 'infra/variables.tf': declared(true) });
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ rootPath: workspace.root });
  });
  after(async () => {
    await client.stop();
    workspace.dispose();
  });

  test('main.tf sees the variable of variables.tf, on disk and then as typed (unsaved) in the editor', async () => {
    const main = client.uri(workspace.path('infra/main.tf'));
    await client.open(main, 'terraform', volume);
    const first = await client.diagnostics(main);
    assert.ok(!codes(first).includes('CKV_AWS_3'), 'default = true on disk: encrypted');
    const variables = client.uri(workspace.path('infra/variables.tf'));
    await client.open(variables, 'terraform', declared(true));
    client.reset(main);
    await client.change(variables, [{ range: { start: { line: 1, character: 12 }, end: { line: 1, character: 16 } }, text: 'false' }]);
    const after = await client.diagnostics(main, (d) => codes(d).includes('CKV_AWS_3'));
    const finding = after.find((d) => d.code === 'CKV_AWS_3')!;
    assert.equal(finding.range.start.line, 3, 'on the attribute of main.tf that uses the variable');
  });
});

describe('language server: pull diagnostics and configuration errors', () => {
  test('answers textDocument/diagnostic when the client announces pull support', async () => {
    const workspace = makeWorkspace({ 'a.py': 'import yaml\nyaml.load(x)\n' });
    const client = await TestClient.start({ rootPath: workspace.root, capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
    try {
      const uri = client.uri(workspace.path('a.py'));
      await client.open(uri, 'python', readFileSync(workspace.path('a.py'), 'utf8'));
      const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      assert.equal(report.kind, 'full');
      assert.deepEqual(codes((report as { items: Diagnostic[] }).items), ['py-unsafe-yaml-load']);
      await client.diagnostics(uri, (d) => d.length === 1); // and it still pushes
    } finally {
      await client.stop();
      workspace.dispose();
    }
  });

  test('a malformed preflight.yml: a diagnostic on the file and every gate in error', async () => {
    const workspace = makeWorkspace({ 'preflight.yml': 'gates:\n  secrets:\n    scanners: [secrets]\n    fail-on: urgent\n', 'a.py': 'print(1)\n' });
    const client = await TestClient.start({ rootPath: workspace.root });
    try {
      const result = (await client.connection.sendRequest(RUN_GATES_REQUEST, {})) as RunGatesResult;
      assert.equal(result.overall, 'error');
      assert.ok(result.verdicts.every((verdict) => verdict.status === 'error'), JSON.stringify(result.verdicts));
      const [diagnostic] = await client.diagnostics(client.uri(workspace.path('preflight.yml')), (d) => d.length > 0);
      assert.equal(diagnostic.range.start.line, 3);
      assert.match(messageText(diagnostic), /fail-on/);
      writeFileSync(workspace.path('preflight.yml'), 'gates:\n  secrets:\n    scanners: [secrets]\n    fail-on: high\n');
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: client.uri(workspace.path('preflight.yml')), type: FileChangeType.Changed }],
      });
      await client.diagnostics(client.uri(workspace.path('preflight.yml')), (d) => d.length === 0);
      const again = (await client.connection.sendRequest(RUN_GATES_REQUEST, {})) as RunGatesResult;
      assert.equal(again.overall, 'pass');
    } finally {
      await client.stop();
      workspace.dispose();
    }
  });
});

describe('language server: gates discovered from the pipeline', () => {
  test('verdicts carry their origin; a changed buildspec reloads them; a broken workflow is a warning on its line', async () => {
    const workspace = makeWorkspace({
      'buildspec.yml': 'version: 0.2\nphases:\n  build:\n    commands:\n      - gitleaks dir . --exit-code 0\n',
      '.github/workflows/broken.yml': 'jobs:\n  a:\n    steps: [unclosed\n',
      'a.py': 'print(1)\n',
    });
    const client = await TestClient.start({ rootPath: workspace.root });
    try {
      const result = (await client.connection.sendRequest(RUN_GATES_REQUEST, {})) as RunGatesResult;
      const secrets = result.verdicts.find((verdict) => verdict.gate === 'secrets')!;
      assert.deepEqual([secrets.mode, secrets.origin], ['soft', 'buildspec.yml:5']);
      const [warning] = await client.diagnostics(client.uri(workspace.path('.github/workflows/broken.yml')), (d) => d.length > 0);
      assert.equal(warning.severity, 2);
      assert.match(messageText(warning), /pipeline definition not understood, its gates are not mirrored: .*YAML syntax error/);
      writeFileSync(workspace.path('buildspec.yml'), 'version: 0.2\nphases:\n  build:\n    commands:\n      - echo scan\n      - gitleaks dir .\n');
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: client.uri(workspace.path('buildspec.yml')), type: FileChangeType.Changed }],
      });
      const again = (await client.connection.sendRequest(RUN_GATES_REQUEST, {})) as RunGatesResult;
      const reloaded = again.verdicts.find((verdict) => verdict.gate === 'secrets')!;
      assert.deepEqual([reloaded.mode, reloaded.origin], ['hard', 'buildspec.yml:6']);
    } finally {
      await client.stop();
      workspace.dispose();
    }
  });
});

describe('language server: baseline', () => {
  test('"Accept into baseline…" (for clients that ask for a reason): the entry is written and the finding turns Information, baselined', async () => {
    const workspace = makeWorkspace({ 'app.py': 'import yaml\n\ndef load(text):\n    return yaml.load(text)\n' });
    const client = await TestClient.start({ rootPath: workspace.root, initializationOptions: { workspaceTrusted: false, acceptIntoBaseline: true } });
    try {
      const uri = client.uri(workspace.path('app.py'));
      await client.open(uri, 'python', readFileSync(workspace.path('app.py'), 'utf8'));
      const [diagnostic] = await client.diagnostics(uri, (d) => d.length === 1);
      assert.equal(diagnostic.severity, 1);
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
      const accept = actions.find((action) => action.command?.command === 'preflight.acceptIntoBaseline');
      assert.ok(accept, JSON.stringify(actions.map((action) => action.title)));
      const target = accept.command!.arguments![0] as { uri: string; fingerprint: string };
      await assert.rejects(client.connection.sendRequest(ACCEPT_INTO_BASELINE_REQUEST, { ...target, reason: '  ' }), /reason is required/);
      await client.connection.sendRequest(ACCEPT_INTO_BASELINE_REQUEST, { ...target, reason: 'only parses our own config' });
      const baseline = JSON.parse(readFileSync(workspace.path('.preflight/baseline.json'), 'utf8'));
      assert.deepEqual(baseline.findings, [{ fingerprint: target.fingerprint, ruleId: 'py-unsafe-yaml-load', file: 'app.py', reason: 'only parses our own config' }]);
      const [after] = await client.diagnostics(uri, (d) => d.length === 1 && d[0].severity === 3);
      assert.match(messageText(after), /baselined: only parses our own config/);
      const result = (await client.connection.sendRequest(RUN_GATES_REQUEST, {})) as RunGatesResult;
      assert.equal(result.verdicts.find((verdict) => verdict.gate === 'sast')?.status, 'pass');
    } finally {
      await client.stop();
      workspace.dispose();
    }
  });

  test('clients that cannot ask for a reason are not offered the action', async () => {
    const workspace = makeWorkspace({ 'app.py': 'import yaml\nyaml.load(x)\n' });
    const client = await TestClient.start({ rootPath: workspace.root });
    try {
      const uri = client.uri(workspace.path('app.py'));
      await client.open(uri, 'python', readFileSync(workspace.path('app.py'), 'utf8'));
      const [diagnostic] = await client.diagnostics(uri, (d) => d.length === 1);
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
      assert.ok(actions.length > 0 && actions.every((action) => !action.command));
    } finally {
      await client.stop();
      workspace.dispose();
    }
  });
});

describe('language server: gitleaks next to the built-in rules', () => {
  const env = { ...process.env, PATH: `${join(__dirname, 'support', 'bin')}:${process.env.PATH}` };
  const files = { 'app.js': `const token = "${fakeGithubToken()}";\n` };

  test('trusted workspace: on save gitleaks runs too and the diagnostic names both engines', { timeout: 120_000 }, async () => {
    const workspace = makeWorkspace(files);
    const client = await TestClient.start({ rootPath: workspace.root, env, initializationOptions: { workspaceTrusted: true } });
    try {
      const uri = client.uri(workspace.path('app.js'));
      await client.open(uri, 'javascript', files['app.js']);
      await client.diagnostics(uri, (d) => d.length === 1);
      await client.save(uri);
      const [diagnostic] = await client.diagnostics(uri, (d) => d.length === 1 && messageText(d[0]).includes('engines: preflight, gitleaks'), 60_000);
      assert.equal(diagnostic.code, 'github-pat');
    } finally {
      await client.stop();
      workspace.dispose();
    }
  });

  test('untrusted workspace: gitleaks never runs, and the run says why', { timeout: 60_000 }, async () => {
    const workspace = makeWorkspace(files);
    const client = await TestClient.start({ rootPath: workspace.root, env, initializationOptions: { workspaceTrusted: false } });
    try {
      const result = (await client.connection.sendRequest(RUN_GATES_REQUEST, {})) as RunGatesResult;
      assert.ok(result.notices.some((n) => /gitleaks was not run: the workspace is not trusted/.test(n.message)), JSON.stringify(result.notices));
      const diagnostics = await client.diagnostics(client.uri(workspace.path('app.js')), (d) => d.length > 0);
      assert.ok(!messageText(diagnostics[0]).includes('gitleaks'));
    } finally {
      await client.stop();
      workspace.dispose();
    }
  });
});

describe('language server: secret quick fixes that touch other files', () => {
  test('.env.example gets NAME= (created, appended, or not offered when present); .gitleaksignore suppresses the finding', { timeout: 60_000 }, async () => {
    const token = fakeGithubToken();
    const files = { 'src/app.js': `const githubToken = "${token}";\n` };
    const workspace = makeWorkspace(files);
    const client = await TestClient.start({ rootPath: workspace.root });
    try {
      const uri = client.uri(workspace.path('src/app.js'));
      await client.open(uri, 'javascript', files['src/app.js']);
      const [diagnostic] = await client.diagnostics(uri, (d) => d.length === 1);
      const actions = async () =>
        (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
      const envExample = client.uri(workspace.path('.env.example'));

      const create = (await actions()).find((a) => a.title === 'Add GITHUB_TOKEN= to .env.example')!;
      assert.deepEqual(create.edit?.documentChanges?.[0], { kind: 'create', uri: envExample, options: { ignoreIfExists: true } });
      writeFileSync(workspace.path('.env.example'), 'PORT=8080');
      const append = (await actions()).find((a) => a.title === 'Add GITHUB_TOKEN= to .env.example')!;
      const edit = append.edit!.documentChanges![0] as { edits: TextEdit[] };
      assert.equal(applyEdits('PORT=8080', edit.edits), 'PORT=8080\nGITHUB_TOKEN=\n');
      writeFileSync(workspace.path('.env.example'), 'PORT=8080\nGITHUB_TOKEN=\n');
      assert.ok(!(await actions()).some((a) => a.title.includes('.env.example')), 'not offered when the line is there');

      const ignore = (await actions()).find((a) => a.title.includes('.gitleaksignore'))!;
      assert.match(ignore.title, /src\/app\.js:github-pat:1/);
      writeFileSync(workspace.path('.gitleaksignore'), 'src/app.js:github-pat:1\n');
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: client.uri(workspace.path('.gitleaksignore')), type: FileChangeType.Created }] });
      const [suppressed] = await client.diagnostics(uri, (d) => d.length === 1 && d[0].severity === DiagnosticSeverity.Information);
      assert.match(messageText(suppressed), /skipped by \.gitleaksignore/);
    } finally {
      await client.stop();
      workspace.dispose();
    }
  });
});

describe('language server: dependency manifests', () => {
  test('Run Pipeline Gates Locally runs the dependency audit tools only when preflight.depsAudit.enable is on', { skip: process.platform === 'win32' ? 'shebang shims do not run on Windows' : false }, async () => {
    const workspace = makeWorkspace({ 'requirements.txt': 'requests==2.28.0\n' });
    const bin = makeWorkspace({});
    const report = { results: [{ source: { path: workspace.path('requirements.txt'), type: 'lockfile' }, packages: [{ package: { name: 'requests', version: '2.28.0', ecosystem: 'PyPI' }, vulnerabilities: [{ id: 'GHSA-j8r2-6x86-q33q', aliases: ['CVE-2023-32681'] }], groups: [{ ids: ['GHSA-j8r2-6x86-q33q'], max_severity: '6.1' }] }] }] };
    writeFileSync(bin.path('osv-scanner'), `#!${process.execPath}\nprocess.stdout.write(${JSON.stringify(JSON.stringify(report))});\nprocess.exit(1);\n`, { mode: 0o755 });
    const env = { ...process.env, PATH: `${bin.root}:${process.env.PATH ?? ''}` };
    const run = async (enable: boolean) => {
      const client = await TestClient.start({ rootPath: workspace.root, env, capabilities: { workspace: { configuration: true } }, initializationOptions: { workspaceTrusted: true } });
      client.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ depsAudit: { enable } })));
      try {
        const result = (await client.connection.sendRequest(RUN_GATES_REQUEST, {})) as RunGatesResult;
        return result.verdicts.find((verdict) => verdict.gate === 'deps')!.status;
      } finally {
        await client.stop();
      }
    };
    try {
      assert.equal(await run(false), 'pass', 'off: no tool runs, the pinned requirement passes');
      assert.equal(await run(true), 'fail', 'on: osv-scanner reports the advisory');
    } finally {
      workspace.dispose();
      bin.dispose();
    }
  });

  test('package.json is read with its lock file: creating the lock file on disk re-checks the open manifest', async () => {
    const manifest = '{\n  "dependencies": {\n    "left-pad": "^1.3.0"\n  }\n}\n';
    const workspace = makeWorkspace({ 'app/package.json': manifest });
    const client = await TestClient.start({ rootPath: workspace.root });
    try {
      const uri = client.uri(workspace.path('app/package.json'));
      await client.open(uri, 'json', manifest);
      const before = await client.diagnostics(uri, (d) => codes(d).includes('deps-missing-lockfile'));
      assert.equal(before.find((d) => d.code === 'deps-missing-lockfile')!.range.start.line, 1, 'on the "dependencies" key');
      assert.match(messageText(before.find((d) => d.code === 'deps-missing-lockfile')!), /fails gate deps \(source\)/);
      client.reset(uri);
      writeFileSync(workspace.path('app/package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { '': { dependencies: { 'left-pad': '^1.3.0' } }, 'node_modules/left-pad': { version: '1.3.0' } } }));
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: client.uri(workspace.path('app/package-lock.json')), type: FileChangeType.Created }] });
      const after = await client.diagnostics(uri, (d) => !codes(d).some((code) => String(code).startsWith('deps-')));
      assert.deepEqual(codes(after).filter((code) => String(code).startsWith('deps-')), []);
    } finally {
      await client.stop();
      workspace.dispose();
    }
  });
});

describe('language server: the machine-readable report of a run', () => {
  const files = {
    'src/app.js': `const githubToken = "${fakeGithubToken()}";\n// ünïcode before: ${'é'.repeat(3)}\nconst h = require('crypto').createHash('md5');\n`,
    'src/load.py': 'import yaml\n\n\ndef read(path):\n    with open(path) as f:\n        return yaml.load(f)  # preflight-ignore:py-unsafe-yaml-load parses our own file\n',
    'infra/main.tf': 'resource "aws_kms_key" "data" {\n  description = "data"\n}\n',
    'win/crlf.py': 'import pickle\r\npickle.loads(data)\r\n',
    'requirements.txt': 'requests>=2\n',
  };

  test('each folder\'s report is byte-for-byte what `preflight gates --format json --builtin-only` prints; progress names the gates', { timeout: 60_000 }, async () => {
    const workspace = makeWorkspace(files);
    // Untrusted: built-in scanners only, like --builtin-only.
    const client = await TestClient.start({ rootPath: workspace.root, initializationOptions: { workspaceTrusted: false, liveReports: true } });
    try {
      const token = 'gates-run-1';
      const steps: string[] = [];
      let ended = false;
      client.connection.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind === 'end') ended = true;
        else if (value.message) steps.push(value.message);
      });
      const result = (await client.connection.sendRequest(RUN_GATES_REQUEST, { workDoneToken: token })) as RunGatesResult;
      const cli = spawnSync(process.execPath, [join(__dirname, '..', 'dist', 'cli.js'), 'gates', workspace.root, '--format', 'json', '--builtin-only'], { encoding: 'utf8' });
      assert.equal(cli.status, 1, cli.stderr);
      assert.equal(result.reports.length, 1);
      assert.equal(result.reports[0].folderUri, client.uri(workspace.root));
      const editor = result.reports[0].json;
      // The verdicts, findings and file count are the same bytes the pipeline step prints.
      assert.equal(rawSection(editor, 'verdicts', 'filesScanned'), rawSection(cli.stdout, 'verdicts', 'filesScanned'));
      assert.equal(rawSection(editor, 'findings', 'notices'), rawSection(cli.stdout, 'findings', 'notices'));
      const [fromEditor, fromCli] = [JSON.parse(editor) as JsonReport, JSON.parse(cli.stdout) as JsonReport];
      // The one difference: the editor says why gitleaks did not run (the CLI was told not to run it).
      // The only difference: the editor says which external tools an untrusted workspace did not run.
      const untrusted = fromEditor.notices.filter((notice) => /(gitleaks|Checkov) was not run: the workspace is not trusted/.test(notice.message));
      assert.equal(untrusted.length, 2, JSON.stringify(fromEditor.notices));
      assert.deepEqual({ ...fromEditor, notices: fromEditor.notices.filter((notice) => !untrusted.includes(notice)) }, fromCli);
      // The report is not trivially empty: every gate has something to say.
      assert.deepEqual(fromCli.verdicts.map((verdict) => [verdict.gate, verdict.status]), [['secrets', 'fail'], ['sast', 'fail'], ['iac', 'fail'], ['deps', 'fail']]);
      assert.ok(fromCli.findings.some((finding) => finding.suppressed?.by === 'preflight-ignore'));
      assert.ok(fromCli.findings.some((finding) => finding.file === 'win/crlf.py' && finding.startLine === 2));
      // Progress: the gates' file count, then the verdicts, then the end.
      assert.ok(steps.some((step) => /^secrets, sast, iac, deps: \d+\/5 files$/.test(step)), JSON.stringify(steps));
      assert.ok(steps.includes('secrets, sast, iac, deps: 5/5 files'), JSON.stringify(steps));
      assert.ok(steps.indexOf('evaluating gates…') > steps.indexOf('secrets, sast, iac, deps: 5/5 files'), JSON.stringify(steps));
      await waitUntil('the end of the progress', () => ended);

      // Edits update the report the client is sent, before any new run.
      const verdictReports = () =>
        client.notifications.filter((n) => n.method === VERDICTS_NOTIFICATION).map((n) => (n.params as VerdictsParams).reports?.[0]?.json).filter(Boolean) as string[];
      await waitUntil('a verdicts notification with the report', () => verdictReports().length > 0);
      assert.equal(verdictReports().at(-1), editor, 'nothing is open: the live report is the run\'s');
      const uri = client.uri(workspace.path('infra/main.tf'));
      await client.open(uri, 'terraform', 'resource "aws_kms_key" "data" {\n  description = "data"\n  enable_key_rotation = true\n}\n');
      const live = await waitUntil('a report without the fixed finding', () => {
        const latest = verdictReports().at(-1);
        return latest && !(JSON.parse(latest) as JsonReport).findings.some((finding) => finding.ruleId === 'CKV_AWS_7') ? (JSON.parse(latest) as JsonReport) : undefined;
      });
      assert.equal(live.verdicts.find((verdict) => verdict.gate === 'iac')?.status, 'pass');
      // An edit that changes no finding sends the verdicts, not the same report again.
      const sent = client.notifications.length;
      await client.change(uri, [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, text: ' ' }]);
      const next = await waitUntil('the next verdicts notification', () => client.notifications.slice(sent).find((n) => n.method === VERDICTS_NOTIFICATION));
      assert.equal((next.params as VerdictsParams).reports, undefined);
    } finally {
      await client.stop();
      workspace.dispose();
    }
  });

  test('cancelling the run answers RequestCancelled and reports no verdicts', { timeout: 60_000 }, async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 400; i++) many[`src/m${i}.py`] = 'import yaml\nyaml.load(x)\n'.repeat(20);
    const workspace = makeWorkspace(many);
    const client = await TestClient.start({ rootPath: workspace.root, initializationOptions: { workspaceTrusted: false } });
    try {
      const source = new CancellationTokenSource();
      const running = client.connection.sendRequest(RUN_GATES_REQUEST, { workDoneToken: 'cancelled-run' }, source.token);
      setTimeout(() => source.cancel(), 50);
      await assert.rejects(running, (error: { code?: number }) => error.code === -32800);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.ok(!client.notifications.some((n) => n.method === VERDICTS_NOTIFICATION), 'a cancelled run tells no verdicts');
    } finally {
      await client.stop();
      workspace.dispose();
    }
  });
});
