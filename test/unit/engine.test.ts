import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ALL_RULES } from '../../rules/index';
import { ConfigError, defaultConfig, parseConfig, type PreflightConfig } from '../../server/src/engine/config/preflight';
import { applyEdits } from '../../server/src/engine/edits';
import { Engine } from '../../server/src/engine/engine';
import { evaluateGates, overallStatus } from '../../server/src/engine/gates/evaluate';
import { maskSecret } from '../../server/src/engine/mask';
import type { Rule } from '../../server/src/engine/rules';
import type { Finding, GateConfig } from '../../server/src/engine/types';
import { listFiles, scanWorkspace } from '../../server/src/engine/workspace';
import { DocumentStore } from '../../server/src/lsp/documents';
import { fakeGithubToken, makeWorkspace } from '../support/workspace';

let engine: Engine;
before(async () => {
  engine = await Engine.create();
});
after(() => engine.dispose());

const config = defaultConfig();
const scan = (path: string, text: string, options: { config?: PreflightConfig; signal?: AbortSignal } = {}) =>
  engine.scanSource(Engine.source(path, text), { config: options.config ?? config, signal: options.signal }).findings;

describe('findings', () => {
  test('a fingerprint survives unrelated edits and moves, and tells identical matches apart', () => {
    const token = fakeGithubToken();
    const original = scan('a.js', `const t = "${token}";\n`);
    const moved = scan('a.js', `// header\n\nfunction f() {}\nconst t = "${token}";\n`);
    assert.equal(original.length, 1);
    assert.equal(moved[0].fingerprint, original[0].fingerprint);
    assert.notEqual(scan('b.js', `const t = "${token}";\n`)[0].fingerprint, original[0].fingerprint, 'the file is part of it');
    const twice = scan('a.js', `const a = "${token}";\nconst b = "${token}";\n`);
    assert.equal(new Set(twice.map((f) => f.fingerprint)).size, 2);
  });

  test('positions are UTF-16 code units (emoji and accents before the match)', () => {
    const token = fakeGithubToken();
    const [finding] = scan('a.js', `const t = "😀é${token}";\n`.replace('😀é', '😀é ').replace(`"😀é `, `"😀é`));
    assert.equal(finding.range.start.character, 'const t = "😀é'.length);
    assert.equal('😀'.length, 2);
  });

  test('CRLF files: ranges ignore the \\r and inserted lines keep CRLF', () => {
    const text = 'resource "aws_kms_key" "k" {\r\n  description = "x"\r\n}\r\n';
    const [finding] = scan('main.tf', text).filter((f) => f.ruleId === 'CKV_AWS_7');
    assert.equal(finding.range.start.line, 0);
    const fixed = applyEdits(text, finding.fixes.find((fix) => fix.kind === 'fix')!.edits);
    assert.equal(fixed, 'resource "aws_kms_key" "k" {\r\n  enable_key_rotation = true\r\n  description = "x"\r\n}\r\n');
  });

  test('a UTF-8 BOM is dropped before scanning, so positions match what editors show', () => {
    const token = fakeGithubToken();
    const withBom = scan('a.py', `\uFEFFTOKEN = "${token}"\n`);
    const without = scan('a.py', `TOKEN = "${token}"\n`);
    assert.deepEqual(withBom[0].range, without[0].range);
    assert.equal(withBom[0].range.start.character, 9);
  });

  test('messages mask secrets: at most a short prefix and the length', () => {
    const token = fakeGithubToken();
    const [finding] = scan('a.env', `GITHUB_TOKEN=${token}\n`);
    assert.ok(!finding.message.includes(token.slice(0, 8)));
    assert.match(finding.message, /\(40 chars\)/);
    assert.equal(maskSecret('abcdefghijklmnopqrst'), 'abcd…(20 chars)');
    assert.equal(maskSecret('short'), '…(5 chars)');
  });
});

describe('reports without fixes', () => {
  test('fixes: false (pipeline reports) computes no quick fixes or suppression edits; the findings are the same', () => {
    const tf = 'resource "aws_kms_key" "data" {\n  description = "data"\n}\n';
    const withFixes = engine.scanSource(Engine.source('main.tf', tf), { config: defaultConfig() }).findings;
    const without = engine.scanSource(Engine.source('main.tf', tf), { config: defaultConfig(), fixes: false }).findings;
    assert.ok(withFixes.some((finding) => finding.fixes.some((fix) => fix.kind === 'fix')) && withFixes.some((finding) => finding.fixes.some((fix) => fix.kind === 'suppress')));
    assert.ok(without.length > 0 && without.every((finding) => finding.fixes.length === 0), 'no fixes, no suppression edits');
    assert.deepEqual(without.map((finding) => [finding.ruleId, finding.fingerprint, finding.message]), withFixes.map((finding) => [finding.ruleId, finding.fingerprint, finding.message]));
  });
});

describe('suppressions', () => {
  test('gitleaks:allow on the line suppresses a secret (still reported as suppressed)', () => {
    const [finding] = scan('a.js', `const t = "${fakeGithubToken()}"; // gitleaks:allow\n`);
    assert.deepEqual(finding.suppressed, { by: 'gitleaks:allow' });
  });

  test('the gitleaks:allow quick fix uses the file\'s comment syntax and suppresses the finding', () => {
    for (const [path, text] of [['a.js', `const t = "${fakeGithubToken()}";\n`], ['a.py', `T = "${fakeGithubToken()}"\n`], ['settings.env', `T=${fakeGithubToken()}\n`]]) {
      const [finding] = scan(path, text);
      const fix = finding.fixes.find((candidate) => candidate.kind === 'suppress')!;
      assert.match(fix.title, /gitleaks:allow/);
      const fixed = applyEdits(text, fix.edits);
      assert.match(fixed, path.endsWith('.js') ? / \/\/ gitleaks:allow\n$/ : / # gitleaks:allow\n$/);
      assert.equal(scan(path, fixed)[0].suppressed?.by, 'gitleaks:allow');
    }
    const json = scan('data.json', `{"t": "${fakeGithubToken()}"}\n`)[0];
    assert.ok(!json.fixes.some((fix) => fix.title.includes('gitleaks:allow')), 'JSON has no comments: no inline suppression is offered');
    assert.deepEqual(json.fixes.map((fix) => fix.appendLine), [{ file: '.gitleaksignore', line: 'data.json:github-pat:1' }], 'but .gitleaksignore works for any file');
  });

  test('preflight-ignore on the line above, with and without a rule id', () => {
    const code = 'import yaml\n';
    assert.equal(scan('a.py', `${code}# preflight-ignore:py-unsafe-yaml-load config is ours\nyaml.load(x)\n`)[0].suppressed?.reason, 'config is ours');
    assert.equal(scan('a.py', `${code}yaml.load(x)  # preflight-ignore\n`)[0].suppressed?.by, 'preflight-ignore');
    assert.equal(scan('a.py', `${code}# preflight-ignore:other-rule\nyaml.load(x)\n`)[0].suppressed, undefined, 'another rule id does not suppress');
    assert.equal(scan('a.py', `${code}# preflight-ignore\n\nyaml.load(x)\n`)[0].suppressed, undefined, 'only the line above counts');
  });

  test('the SAST suppression quick fix inserts a preflight-ignore comment that works', () => {
    const text = 'import yaml\n\ndef f(x):\n    return yaml.load(x)\n';
    const [finding] = scan('a.py', text);
    const fix = finding.fixes.find((candidate) => candidate.kind === 'suppress')!;
    const fixed = applyEdits(text, fix.edits);
    assert.match(fixed, /\n {4}# preflight-ignore:py-unsafe-yaml-load .*\n {4}return yaml\.load/);
    assert.equal(scan('a.py', fixed)[0].suppressed?.by, 'preflight-ignore');
  });
});

describe('engine mechanics', () => {
  test('keyword prefilter: a rule whose keyword is absent never runs its regex', async () => {
    const rule: Rule = {
      id: 'test-keyword', scanner: 'secrets', title: 'Test', severity: 'high', description: 'Test rule for the keyword prefilter.',
      keywords: ['zqkey'], regex: /(tok_[a-z0-9]{12})/, envName: 'X',
    };
    const custom = await Engine.create([rule]);
    try {
      const without = custom.scanSource(Engine.source('a.txt', 'value tok_a1b2c3d4e5f6\n'), { config }).findings;
      const withKeyword = custom.scanSource(Engine.source('a.txt', 'zqkey tok_a1b2c3d4e5f6\n'), { config }).findings;
      assert.equal(without.length, 0);
      assert.equal(withKeyword.length, 1);
    } finally {
      custom.dispose();
    }
  });

  test('a fallback (generic) secret rule gives way to a provider rule matching the same text', async () => {
    const provider: Rule = {
      id: 'test-provider', scanner: 'secrets', title: 'Provider', severity: 'high', description: 'Provider-specific token format.',
      keywords: ['tok_'], regex: /(tok_[a-z0-9]{12})/, envName: 'X',
    };
    const generic: Rule = {
      id: 'test-generic', scanner: 'secrets', title: 'Generic', severity: 'medium', description: 'Any value assigned to a key name.',
      keywords: ['key'], regex: /key\s*=\s*(\S{12,})/, envName: 'X', fallback: true,
    };
    const custom = await Engine.create([provider, generic]);
    try {
      const ids = (text: string) => custom.scanSource(Engine.source('a.env', text), { config }).findings.map((f) => f.ruleId);
      const value = 'a1b2c3d4e5f6';
      assert.deepEqual(ids(`key = tok_${value}\n`), ['test-provider']);
      assert.deepEqual(ids(`key = zz_${value}\n`), ['test-generic']);
    } finally {
      custom.dispose();
    }
  });

  test('a scanner that throws makes its gate error, not pass', async () => {
    const broken: Rule = {
      id: 'broken-rule', scanner: 'sast', title: 'Broken', severity: 'high', cwe: [1], description: 'Throws on purpose to test error verdicts.',
      languages: ['python'],
      detect() {
        throw new Error('boom');
      },
    };
    const custom = await Engine.create([broken]);
    try {
      const result = custom.scanSource(Engine.source('a.py', 'x = 1\n'), { config });
      assert.equal(result.notices[0].level, 'error');
      assert.match(result.notices[0].message, /rule broken-rule failed: boom/);
      const verdicts = evaluateGates(config.gates, result.findings, result.notices);
      assert.equal(verdicts.find((v) => v.gate === 'sast')!.status, 'error');
      assert.equal(verdicts.find((v) => v.gate === 'secrets')!.status, 'pass');
    } finally {
      custom.dispose();
    }
  });

  test('an aborted scan stops early and is not cached', () => {
    const controller = new AbortController();
    controller.abort();
    const text = `import yaml\nyaml.load(x)  # ${Math.random()}\n`;
    assert.equal(scan('a.py', text, { signal: controller.signal }).length, 0);
    assert.equal(scan('a.py', text).length, 1);
  });

  test('unchanged content is served from the cache', () => {
    const source = Engine.source('c.py', 'import yaml\nyaml.load(y)\n');
    assert.equal(engine.scanSource(source, { config }), engine.scanSource({ ...source }, { config }));
  });

  test('incremental reparse after tree edits equals a fresh parse', () => {
    const store = new DocumentStore();
    const uri = 'file:///x.js';
    const text = 'function a() {\n  return 1;\n}\n'.repeat(50);
    const entry = store.open(uri, 'javascript', 1, text);
    entry.tree = engine.parse(Engine.source('x.js', text)).tree;
    store.change(uri, 2, [{ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 10 } }, text: 'eval(x) + "é😀"\n  ;' }]);
    const updated = store.get(uri)!.document.getText();
    const incremental = engine.parse(Engine.source('x.js', updated), store.get(uri)!.tree);
    const fresh = engine.parse(Engine.source('x.js', updated));
    assert.equal(incremental.tree!.rootNode.toString(), fresh.tree!.rootNode.toString());
    assert.equal(TextDocument.create(uri, 'javascript', 1, updated).lineCount, store.get(uri)!.document.lineCount);
    incremental.tree!.delete();
    fresh.tree!.delete();
    store.close(uri);
  });
});

describe('gates', () => {
  const gate = (overrides: Partial<GateConfig>): GateConfig => ({ name: 'g', stage: 'source', scanners: ['sast'], failOn: 'high', mode: 'hard', origin: 'test', ...overrides });
  const finding = (severity: Finding['severity'], suppressed = false): Finding => ({
    ruleId: 'r', scanner: 'sast', gate: 'g', severity, message: 'm', file: 'f', fingerprint: 'x', engines: ['preflight'], fixes: [],
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, ...(suppressed ? { suppressed: { by: 'test' } } : {}),
  });

  test('fail-on threshold, suppressed findings and soft gates', () => {
    assert.equal(evaluateGates([gate({})], [finding('medium')], [])[0].status, 'pass');
    const [failed] = evaluateGates([gate({})], [finding('critical'), finding('medium')], []);
    assert.equal(failed.status, 'fail');
    assert.equal(failed.reason, '1 CRITICAL at or above high');
    assert.equal(evaluateGates([gate({})], [finding('critical', true)], [])[0].status, 'pass');
    assert.equal(evaluateGates([gate({})], [finding('critical', true)], [])[0].suppressed, 1);
    const soft = evaluateGates([gate({ mode: 'soft' })], [finding('critical')], []);
    assert.equal(soft[0].status, 'fail');
    assert.equal(overallStatus(soft), 'pass', 'a soft gate reports but never blocks');
  });

  test('an error notice for the gate\'s scanner, or for the whole scan, makes it error', () => {
    assert.equal(evaluateGates([gate({})], [], [{ level: 'error', scanner: 'sast', message: 'x' }])[0].status, 'error');
    assert.equal(evaluateGates([gate({})], [], [{ level: 'error', scanner: 'iac', message: 'x' }])[0].status, 'pass');
    assert.equal(evaluateGates([gate({})], [], [{ level: 'error', message: 'cancelled' }])[0].status, 'error');
    assert.equal(overallStatus([...evaluateGates([gate({})], [finding('critical')], []), ...evaluateGates([gate({})], [], [{ level: 'error', message: 'x' }])]), 'error');
  });
});

describe('preflight.yml', () => {
  test('defaults when empty; gates, exclude and size from the file', () => {
    assert.deepEqual(parseConfig('', 'preflight.yml').gates.map((g) => g.name), ['secrets', 'sast', 'iac', 'deps']);
    const parsed = parseConfig('version: 1\ngates:\n  code:\n    stage: build\n    scanners: [sast, secrets]\n    fail-on: critical\n    mode: soft\nexclude: ["vendor/**"]\nmax-file-size-kb: 10\n', 'preflight.yml');
    assert.deepEqual(parsed.gates, [{ name: 'code', stage: 'build', scanners: ['sast', 'secrets'], failOn: 'critical', mode: 'soft', origin: 'preflight.yml:3' }]);
    assert.deepEqual(parsed.exclude, ['vendor/**']);
    assert.equal(parsed.maxFileBytes, 10240);
  });

  test('errors name the file, line and column and what is expected', () => {
    const cases: Array<[string, RegExp, number]> = [
      ['gates:\n  a:\n    scanners: [sast]\n    severity: high\n', /unknown gate setting `severity`/, 4],
      ['gates:\n  a:\n    scanners: [dast]\n', /unknown scanner `dast`/, 3],
      ['gates:\n  a:\n    scanners: [sast]\n  b:\n    scanners: [sast]\n', /already belongs to gate `a`/, 5],
      ['gates: [1, 2\n', /YAML syntax error/, 2],
      ['exclude: vendor\n', /`exclude` must be a list/, 1],
      ['gate:\n  a: {}\n', /unknown key `gate`/, 1],
    ];
    for (const [text, message, line] of cases) {
      assert.throws(() => parseConfig(text, 'preflight.yml'), (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, message);
        assert.equal(error.line, line, `${text}: line`);
        return true;
      });
    }
  });

  test('exclude globs and the always-excluded folders are not walked', async () => {
    const workspace = makeWorkspace({ 'a.py': '', 'vendor/b.py': '', 'node_modules/c/d.js': '', '.git/config': '', 'src/e.tf': '' });
    try {
      const files = await listFiles(workspace.root, { ...config, exclude: ['vendor/**'] });
      assert.deepEqual(files, ['a.py', 'src/e.tf']);
    } finally {
      workspace.dispose();
    }
  });

  test('binary files: contents not scanned, file-name rules still apply; files over the size limit get a notice', async () => {
    const workspace = makeWorkspace({ 'big.txt': 'x'.repeat(3000), 'small.py': 'print(1)\n' });
    writeFileSync(workspace.path('image.dat'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    writeFileSync(workspace.path('client.p12'), Buffer.from([0x30, 0x82, 0x00, 0x0a, 0x02, 0x01, 0x03]));
    try {
      const result = await scanWorkspace(engine, workspace.root, { config: { ...config, maxFileBytes: 2048 } });
      assert.ok(result.notices.some((n) => n.file === 'big.txt' && /over the 2 KiB limit/.test(n.message)), JSON.stringify(result.notices));
      assert.ok(result.notices.some((n) => /2 binary file\(s\): contents not scanned/.test(n.message)), JSON.stringify(result.notices));
      assert.deepEqual(result.findings.map((f) => [f.ruleId, f.file]), [['pkcs12-file', 'client.p12']], 'file-name rules still apply to binary files');
      assert.deepEqual(result.verdicts.map((v) => v.status), ['fail', 'pass', 'pass', 'pass']);
    } finally {
      workspace.dispose();
    }
  });
});

test('every registered rule has a unique id', () => {
  assert.equal(new Set(ALL_RULES.map((rule) => rule.id)).size, ALL_RULES.length);
});
