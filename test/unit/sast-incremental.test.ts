/**
 * Incremental SAST (editors): after an edit the scanner analyses again only the units the edit
 * can reach and keeps the other findings, moved with the code. What users rely on is that the
 * findings are exactly those of a full scan — the pipeline scans whole files. These tests compare
 * both paths on named scenarios and on generated edits of every SAST rule case and of the
 * benchmark files, and check that the partial path is really taken.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Engine } from '../../server/src/engine/engine';
import type { TreeLanguage } from '../../server/src/engine/parse/languages';
import { align, excerpt, type Unit } from '../../server/src/engine/scanners/sast/incremental';
import { SastScanner } from '../../server/src/engine/scanners/sast/scanner';
import type { FindingDraft } from '../../server/src/engine/scanners/scanner';
import { ParsedFile } from '../../server/src/engine/source';

const ROOT = join(__dirname, '..', '..');
let engine: Engine;

before(async () => {
  engine = await Engine.create();
});
after(() => engine.dispose());

function scan(scanner: SastScanner, path: string, text: string, incremental: boolean): FindingDraft[] {
  const source = Engine.source(path, text);
  const tree = engine.parser.parse(source.language as TreeLanguage, source.text);
  try {
    return scanner.scan(new ParsedFile(source, tree), { signal: new AbortController().signal, parser: engine.parser, fixes: true, notify: () => {}, incremental });
  } finally {
    tree.delete();
  }
}

/** The editor's scanner after `before` was scanned, then `after`: its findings, and how it scanned. */
function edit(path: string, beforeText: string, afterText: string): { found: FindingDraft[]; expected: FindingDraft[]; mode: 'full' | 'partial' } {
  const editor = new SastScanner(engine.rules.ofScanner('sast'), { partialShare: 1 });
  scan(editor, path, beforeText, true);
  const found = scan(editor, path, afterText, true);
  const expected = scan(new SastScanner(engine.rules.ofScanner('sast')), path, afterText, false);
  return { found, expected, mode: editor.lastMode };
}

const EXPRESS = `const express = require('express');
const cp = require('child_process');
const app = express();

function wrap(value) {
  return value;
}

app.get('/a', (req, res) => {
  cp.exec('ls ' + wrap(req.query.dir));
  res.send('ok');
});

app.get('/b', (req, res) => {
  res.send('b');
});
`;

test('a helper that starts escaping removes the finding in the handler that calls it', () => {
  const before = edit('app.js', EXPRESS, EXPRESS);
  assert.ok(before.found.some((finding) => finding.ruleId === 'js-command-injection'), 'the unsanitised flow is reported');
  const result = edit('app.js', EXPRESS, EXPRESS.replace('  return value;', '  return escapeShellArg(value);'));
  assert.equal(result.mode, 'partial');
  assert.deepEqual(result.found, result.expected);
  assert.ok(!result.found.some((finding) => finding.ruleId === 'js-command-injection'), 'escaped in the helper: no finding in the handler');
});

test('a handler that stores request data in a module variable makes another handler reading it vulnerable', () => {
  const base = `const express = require('express');
const cp = require('child_process');
const app = express();
let last = 'ls';

app.get('/store', (req, res) => {
  res.send('stored');
});

app.get('/run', (req, res) => {
  cp.exec(last);
  res.send('ran');
});
`;
  const stored = base.replace("  res.send('stored');", "  last = req.query.cmd;\n  res.send('stored');");
  const result = edit('app.js', base, stored);
  assert.equal(result.mode, 'partial');
  assert.deepEqual(result.found, result.expected);
  assert.ok(result.found.some((finding) => finding.ruleId === 'js-command-injection'), 'the other handler is analysed again');
  const back = edit('app.js', stored, base);
  assert.equal(back.mode, 'partial');
  assert.deepEqual(back.found, back.expected);
});

test('a handler that starts passing request data to a helper makes the sink inside the helper a finding', () => {
  // The helper is analysed again with what every caller passes: /b's argument goes through another helper.
  const base = `const cp = require('child_process');
const fs = require('fs');
const express = require('express');
const app = express();

function run(command, log) {
  cp.exec(command);
  fs.appendFileSync(log, command);
}

function wrap(value) {
  return '/var/log/' + value;
}

app.get('/a', (req, res) => {
  run('ls', 'a.log');
  res.send('ok');
});

app.get('/b', (req, res) => {
  run('ls', wrap(req.query.log));
  res.send('ok');
});
`;
  const tainted = base.replace("run('ls', 'a.log');", "run(req.query.cmd, 'a.log');");
  assert.ok(edit('app.js', base, base).found.some((finding) => finding.ruleId === 'js-path-traversal' && finding.range.start.line === 7), "/b's file name reaches the helper");
  const result = edit('app.js', base, tainted);
  assert.equal(result.mode, 'partial');
  assert.deepEqual(result.found, result.expected);
  assert.ok(result.found.some((finding) => finding.ruleId === 'js-command-injection' && finding.range.start.line === 6), 'reported at the sink in the helper');
  const back = edit('app.js', tainted, base);
  assert.equal(back.mode, 'partial');
  assert.deepEqual(back.found, back.expected);
});

test('statements that import, and text a rule reads file-wide, are kept in every partial scan', () => {
  // `require` inside a function still names the module for the whole file's rules.
  const imports = `const express = require('express');
const app = express();

function load() {
  const cp = require('child_process');
  return cp;
}

app.get('/x', (req, res) => {
  cp.exec(req.query.cmd);
  res.send('ok');
});
`;
  const importsEdited = imports.replace("  res.send('ok');", "  res.send('done');");
  const imported = edit('app.js', imports, importsEdited);
  assert.equal(imported.mode, 'partial');
  assert.deepEqual(imported.found, imported.expected);
  assert.ok(imported.found.some((finding) => finding.ruleId === 'js-command-injection'));
  // Such a statement may also be a function that callers pass request data to.
  const lazy = `const express = require('express');
const cp = require('child_process');
const app = express();

function run(command) {
  const fs = require('fs');
  fs.appendFileSync('commands.log', 'run\\n');
  cp.exec(command);
}

app.get('/a', (req, res) => {
  run('ls');
  res.send('ok');
});
`;
  const seeded = edit('app.js', lazy, lazy.replace("run('ls');", 'run(req.query.cmd);'));
  assert.equal(seeded.mode, 'partial');
  assert.deepEqual(seeded.found, seeded.expected);
  assert.ok(seeded.found.some((finding) => finding.ruleId === 'js-command-injection'));
  // Whether anything binds \`crypto\` decides the fix of js-insecure-randomness (SastRule.fileWide).
  const crypto = `const express = require('express');
const app = express();

function digest(value) {
  const crypto = makeHasher();
  return crypto.digest(value);
}

app.get('/token', (req, res) => {
  const token = Math.random().toString(36).slice(2);
  res.json({ token });
});
`;
  const cryptoEdited = crypto.replace('res.json({ token });', 'res.json({ token, ok: true });');
  const fileWide = edit('app.js', crypto, cryptoEdited);
  assert.equal(fileWide.mode, 'partial');
  assert.deepEqual(fileWide.found, fileWide.expected);
  assert.ok(fileWide.found.some((finding) => finding.ruleId === 'js-insecure-randomness'));
  const py = `from flask import Flask, request

app = Flask(__name__)


def helper():
    import subprocess as sp
    return sp


@app.get("/run")
def run():
    sp.call(request.args["cmd"], shell=True)
    return "ok"
`;
  const pyResult = edit('app.py', py, py.replace('return "ok"', 'return "done"'));
  assert.equal(pyResult.mode, 'partial');
  assert.deepEqual(pyResult.found, pyResult.expected);
  assert.ok(pyResult.found.some((finding) => finding.ruleId === 'py-command-injection'));
});

test('findings the edit does not reach keep their fix, related locations and line numbers, moved with the code', () => {
  const lines = ['', '', ''].join('\n');
  const result = edit('app.js', EXPRESS, EXPRESS.replace("app.get('/b'", `${lines}app.get('/b'`).replace('function wrap(value) {\n', `function wrap(value) {\n  const unused = 1;${lines}\n`));
  assert.equal(result.mode, 'partial');
  assert.deepEqual(result.found, result.expected);
  const moved = result.found.find((finding) => finding.ruleId === 'js-command-injection');
  assert.ok(moved && /\(line 1[0-9]\)/.test(moved.message), `the message names the new lines: ${moved?.message}`);
});

test('an edit to an import or other top-level statement scans the whole file', () => {
  const result = edit('app.js', EXPRESS, EXPRESS.replace("const app = express();", "const app = express();\nconst other = require('fs');"));
  assert.equal(result.mode, 'full');
  assert.deepEqual(result.found, result.expected);
});

test('an edit that leaves a syntax error scans the whole file', () => {
  const result = edit('app.js', EXPRESS, EXPRESS.replace("res.send('b');", "res.send('b'"));
  assert.equal(result.mode, 'full');
  assert.deepEqual(result.found, result.expected);
});

test('CRLF line endings and non-ASCII text: the moved findings point at the same code', () => {
  const text = `${EXPRESS.replace("res.send('ok');", "res.send('ok — é 😀');")}`.replace(/\n/g, '\r\n');
  const edited = text.replace("  res.send('b');", "  res.send('bé');\r\n  res.send('c');");
  const result = edit('app.js', text, edited);
  assert.equal(result.mode, 'partial');
  assert.deepEqual(result.found, result.expected);
  assert.ok(result.found.length > 0);
});

test('align: the units before and after an edit correspond; units whose boundaries moved are touched', () => {
  const unit = (start: number, text: string): Unit => ({ start, end: start + text.length, text, facts: { mentions: new Set(), binds: new Set(), writes: new Set(), header: false, defines: true } });
  const oldText = 'a();\nb();\nc();\n';
  const newText = 'a();\nbb();\nc();\n';
  const alignment = align(oldText, [unit(0, 'a();'), unit(5, 'b();'), unit(10, 'c();')], newText, [unit(0, 'a();'), unit(5, 'bb();'), unit(11, 'c();')]);
  assert.deepEqual(alignment && { prefix: alignment.prefix, suffix: alignment.suffix, delta: alignment.delta }, { prefix: 1, suffix: 1, delta: 1 });
});

test('excerpt: kept units keep their column and map back to their own offsets', () => {
  const text = 'x = 1\n  y(2)\nz = 3\n';
  const units: Unit[] = [
    { start: 0, end: 5, text: 'x = 1', facts: { mentions: new Set(), binds: new Set(), writes: new Set(), header: true, defines: false } },
    { start: 8, end: 12, text: 'y(2)', facts: { mentions: new Set(), binds: new Set(), writes: new Set(), header: false, defines: true } },
    { start: 13, end: 18, text: 'z = 3', facts: { mentions: new Set(), binds: new Set(), writes: new Set(), header: true, defines: false } },
  ];
  const part = excerpt(text, units, new Set([1, 2]));
  assert.equal(part.text, '  y(2)\nz = 3');
  assert.equal(part.original(2), 8);
  assert.equal(part.original(9), 15);
  assert.equal(part.original(part.text.indexOf('z')), 13);
});

/**
 * Edits of one line: a statement inserted after it, the line removed, the line repeated, a comment
 * added, its first string literal replaced by request data. At `positions` lines spread over the file, and at up to as many lines that pass data
 * between functions or clean it (returns, calls of sanitisers and wrappers), where an edit reaches
 * other units.
 */
function editsOf(text: string, language: 'js' | 'py', positions: number): string[] {
  const lines = text.split('\n');
  const result: string[] = [];
  const step = Math.max(1, Math.floor(lines.length / positions));
  const spread = lines.map((_, line) => line).filter((line) => line > 0 && line % step === 0);
  const flows = lines.map((_, line) => line).filter((line) => /\breturn\b|quote|escape|basename|String\(|Number\(|int\(|\brun\w*\(|build/.test(lines[line]));
  const every = Math.max(1, Math.floor(flows.length / positions));
  for (const line of [...spread, ...flows.filter((_, index) => index % every === 0)]) {
    const indent = /^\s*/.exec(lines[line])![0];
    const statement = language === 'py' ? `${indent}zz_edit = 1` : `${indent}const zzEdit = 1;`;
    const comment = language === 'py' ? ' # edited' : ' // edited';
    result.push([...lines.slice(0, line + 1), statement, ...lines.slice(line + 1)].join('\n'));
    result.push([...lines.slice(0, line), ...lines.slice(line + 1)].join('\n'));
    result.push([...lines.slice(0, line + 1), lines[line], ...lines.slice(line + 1)].join('\n'));
    if (!/["'`\\]/.test(lines[line])) result.push([...lines.slice(0, line), lines[line] + comment, ...lines.slice(line + 1)].join('\n'));
    // Untrusted data where a constant was: new flows, into whichever sinks the line feeds.
    const untrusted = language === 'py' ? 'request.args["zz"]' : 'req.query.zz';
    const tainted = lines[line].replace(/'[^'\\\n]*'|"[^"\\\n]*"/, untrusted);
    if (tainted !== lines[line]) result.push([...lines.slice(0, line), tainted, ...lines.slice(line + 1)].join('\n'));
  }
  return result;
}

function caseFiles(): string[] {
  const files: string[] = [];
  const sast = join(ROOT, 'rules', 'sast');
  for (const rule of readdirSync(sast)) {
    let names: string[];
    try {
      names = readdirSync(join(sast, rule, 'cases'));
    } catch {
      continue;
    }
    for (const name of names) if (/\.(?:[jt]sx?|py)$/.test(name) && !name.includes('.fixed.')) files.push(join(sast, rule, 'cases', name));
  }
  return files;
}

function compareUnderEdits(path: string, text: string, positions: number): { partial: number; total: number } {
  const language = path.endsWith('.py') ? 'py' : 'js';
  const full = new SastScanner(engine.rules.ofScanner('sast'));
  // Partial whenever it is sound, however much of a small file it keeps: the path under test.
  const editor = new SastScanner(engine.rules.ofScanner('sast'), { partialShare: 1 });
  let partial = 0;
  let total = 0;
  const expectedBase = scan(full, path, text, false);
  for (const edited of editsOf(text, language, positions)) {
    scan(editor, path, text, true);
    const found = scan(editor, path, edited, true);
    total++;
    if (editor.lastMode === 'partial') partial++;
    assert.deepEqual(found, scan(full, path, edited, false), `${path}: the editor's findings after an edit differ from a full scan\n--- edited text:\n${edited}`);
    // And back: the editor's memory of the edited version moves the findings again.
    assert.deepEqual(scan(editor, path, text, true), expectedBase, `${path}: the editor's findings after undoing an edit differ from a full scan`);
  }
  return { partial, total };
}

test('every SAST rule case, edited line by line: the editor reports what a full scan reports', () => {
  let partial = 0;
  let total = 0;
  for (const file of caseFiles()) {
    const text = readFileSync(file, 'utf8');
    const path = file.slice(ROOT.length + 1).replace(/\\/g, '/').replace(/\.txt$/, '');
    const counts = compareUnderEdits(path, text, 8);
    partial += counts.partial;
    total += counts.total;
  }
  assert.ok(total > 1000, `edits generated: ${total}`);
  // Small files are mostly headers; still, a good share of edits must take the partial path.
  assert.ok(partial > total * 0.25, `partial scans: ${partial} of ${total}`);
});

test('a method of a class is analysed alone; the class around it stays in the excerpt', () => {
  const base = `const cp = require('child_process');

class Runner {
  constructor(base) {
    this.base = base;
  }

  run(req) {
    cp.exec('ls ' + req.query.dir);
  }

  stop() {
    return 'stopped';
  }
}

module.exports = Runner;
`;
  const result = edit('runner.js', base, base.replace("return 'stopped';", "cp.exec(this.base);\n    return 'stopped';"));
  assert.equal(result.mode, 'partial');
  assert.deepEqual(result.found, result.expected);
  const py = `import subprocess
from flask import request


class Runner:
    \"\"\"Runs things.\"\"\"

    def run(self):
        subprocess.call(request.args["cmd"], shell=True)

    def stop(self):
        return "stopped"
`;
  const pyResult = edit('runner.py', py, py.replace('return "stopped"', 'subprocess.call(request.args["stop"], shell=True)'));
  assert.equal(pyResult.mode, 'partial');
  assert.deepEqual(pyResult.found, pyResult.expected);
  assert.equal(pyResult.found.filter((finding) => finding.ruleId === 'py-command-injection').length, 2);
});

test('real code from installed packages (classes, a UMD wrapper), edited line by line: the same findings', () => {
  const files = [
    join(ROOT, 'node_modules', 'vscode-languageclient', 'lib', 'common', 'client.js'),
    join(ROOT, 'node_modules', 'underscore', 'underscore.js'),
    join(ROOT, 'node_modules', 'railroad-diagrams', 'railroad_diagrams.py'),
  ];
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('node_modules')).replace(/\\/g, '/');
    const { partial, total } = compareUnderEdits(name, readFileSync(file, 'utf8'), 10);
    assert.ok(total >= 20 && partial > 0, `${name}: partial scans ${partial} of ${total}`);
  }
});

test('the 2,000-line benchmark files, edited inside their functions: partial scans, the same findings', () => {
  for (const [name, file] of [
    ['handlers.ts', join(ROOT, 'bench', 'fixtures', 'sast-handlers.ts.txt')],
    ['handlers.py', join(ROOT, 'bench', 'fixtures', 'sast-handlers.py')],
  ]) {
    const { partial, total } = compareUnderEdits(name, readFileSync(file, 'utf8'), 12);
    assert.ok(partial >= total * 0.6, `${name}: partial scans ${partial} of ${total}`);
  }
});
