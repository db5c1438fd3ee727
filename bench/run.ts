/**
 * `npm run bench`: how fast built-in diagnostics arrive, measured the way a user feels it.
 *
 * 1. Save → diagnostics: the built server over stdio, a 2,000-line file per language; each
 *    round edits one line (a space at its end), saves, and times until diagnostics for that
 *    version arrive.
 * 2. Engine only: full parse + scan of the same files, and an incremental reparse after a
 *    one-line edit.
 * 3. SAST only: every SAST rule (with the shared taint analysis) over the tree of a saved
 *    2,000-line file, after warm-up; goal p95 ≤ 20 ms. Two kinds of file: the worst case written
 *    for this bench (bench/fixtures/: a request handler every ten lines, so the data-flow analysis
 *    walks nearly every statement), and real code of about 2,000 lines that is on this machine
 *    anyway (JavaScript from installed packages, pinned by the lock file; Python from the Debian
 *    standard library; a file that is missing is reported, not measured).
 *    Then (3b) what the editor does on save: after an edit inside a function, only what the edit
 *    can reach is analysed again (incremental SAST); the same files, the same goal.
 *    `--sast` runs this part alone (no build needed).
 * Prints medians and 95th percentiles; nothing here is asserted (timings are not tests).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultConfig } from '../server/src/engine/config/preflight';
import { Engine } from '../server/src/engine/engine';
import { SastScanner } from '../server/src/engine/scanners/sast/scanner';
import { analyseJavaScript } from '../server/src/engine/scanners/sast/taint/javascript';
import { analysePython } from '../server/src/engine/scanners/sast/taint/python';
import { ParsedFile } from '../server/src/engine/source';
import { TestClient } from '../test/support/lsp-client';
import { fakeGithubToken } from '../test/support/workspace';

const LINES = 2000;
const ROUNDS = 30;

/**
 * Whole blocks (functions, resources) up to `LINES` lines, then comment lines to make up the
 * count: a file cut in the middle of a block has a syntax error, which no real saved file has.
 */
function fill(header: string[], block: (i: number) => string[], comment: string): string {
  const out = [...header];
  for (let i = 0; ; i++) {
    const next = block(i);
    if (out.length + next.length > LINES) break;
    out.push(...next);
  }
  while (out.length < LINES) out.push(comment);
  return out.join('\n') + '\n';
}

function javascript(): string {
  return fill(["const { exec } = require('child_process');", "const crypto = require('crypto');"], (i) => [
    `function handler${i}(req, res) {`,
    `  const value = req.query.v${i} || 'default';`,
    `  const total = [1, 2, 3].map((n) => n * ${i}).reduce((a, b) => a + b, 0);`,
    ...(i % 50 === 0 ? ['  exec(`ls ${value}`);', `  const token = "${fakeGithubToken()}";`] : []),
    ...(i % 40 === 0 ? ["  crypto.createHash('md5').update(value);"] : []),
    '  res.json({ value, total });',
    '}',
  ], '// end');
}

function python(): string {
  return fill(['import yaml', 'import hashlib', 'import subprocess', ''], (i) => [
    `def handler_${i}(request):`,
    `    value = request.args.get("v${i}", "default")`,
    `    total = sum(n * ${i} for n in range(3))`,
    ...(i % 50 === 0 ? ['    data = yaml.load(value)', '    subprocess.run(value, shell=True)'] : []),
    '    return {"value": value, "total": total}',
    '',
  ], '# end');
}

function terraform(): string {
  return fill([], (i) => [
    `resource "aws_kms_key" "key_${i}" {`, `  description = "key ${i}"`, i % 3 === 0 ? '  enable_key_rotation = true' : '  deletion_window_in_days = 10', '}', '',
    `resource "aws_security_group" "sg_${i}" {`, '  ingress {', `    from_port   = ${i % 2 ? 22 : 443}`, `    to_port     = ${i % 2 ? 22 : 443}`, '    protocol    = "tcp"', '    cidr_blocks = ["0.0.0.0/0"]', '  }', '}', '',
  ], '# end');
}

const FILES: Array<{ name: string; languageId: string; text: string }> = [
  { name: 'handlers.js', languageId: 'javascript', text: javascript() },
  { name: 'handlers.py', languageId: 'python', text: python() },
  { name: 'main.tf', languageId: 'terraform', text: terraform() },
];

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function saveToDiagnostics(root: string): Promise<void> {
  console.log(`\n1. Save → diagnostics over LSP (dist/server.js --stdio), ${LINES}-line files, ${ROUNDS} rounds each`);
  console.log('   file          first open    save→diagnostics median    p95       findings');
  const client = await TestClient.start({ rootPath: root });
  try {
    for (const file of FILES) {
      const uri = client.uri(join(root, file.name));
      let start = performance.now();
      await client.open(uri, file.languageId, file.text);
      const first = await client.diagnostics(uri, (_d, p) => p.version === 1, 30_000);
      const openMs = performance.now() - start;
      const timings: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        // A space at the end of a line (still valid code in every language: no syntax error to recover from).
        const line = 10 + round;
        const character = file.text.split('\n')[line].length;
        const version = await client.change(uri, [{ range: { start: { line, character }, end: { line, character } }, text: ' ' }]);
        start = performance.now();
        await client.save(uri);
        await client.diagnostics(uri, (_d, p) => p.version === version, 30_000);
        timings.push(performance.now() - start);
      }
      console.log(`   ${file.name.padEnd(13)} ${fmt(openMs).padStart(10)}    ${fmt(percentile(timings, 50)).padStart(10)}               ${fmt(percentile(timings, 95)).padStart(9)}  ${String(first.length).padStart(5)}`);
    }
  } finally {
    await client.stop();
  }
}

async function engineOnly(): Promise<void> {
  console.log(`\n2. Engine only (in process), ${ROUNDS} rounds each`);
  console.log('   file          parse+scan (no cache) median   p95        incremental reparse median');
  const engine = await Engine.create();
  const config = defaultConfig();
  try {
    for (const file of FILES) {
      const full: number[] = [];
      const incremental: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const text = `${file.text}${' '.repeat(round + 1)}\n`; // defeat the content cache
        let start = performance.now();
        engine.scanSource(Engine.source(file.name, text), { config });
        full.push(performance.now() - start);

        const parsed = engine.parse(Engine.source(file.name, text));
        const tree = parsed.tree!;
        const edited = text.replace('\n', ' \n');
        const at = text.indexOf('\n');
        tree.edit({ startIndex: at, oldEndIndex: at, newEndIndex: at + 1, startPosition: { row: 0, column: at }, oldEndPosition: { row: 0, column: at }, newEndPosition: { row: 0, column: at + 1 } });
        start = performance.now();
        const reparsed = engine.parse(Engine.source(file.name, edited), tree);
        incremental.push(performance.now() - start);
        reparsed.tree?.delete();
        tree.delete();
      }
      console.log(`   ${file.name.padEnd(13)} ${fmt(percentile(full, 50)).padStart(10)}                   ${fmt(percentile(full, 95)).padStart(9)}  ${fmt(percentile(incremental, 50)).padStart(10)}`);
    }
  } finally {
    engine.dispose();
  }
}

const NODE_MODULES = join(__dirname, '..', 'node_modules');
const SAST_FIXTURES = [
  { name: 'handlers.ts', kind: 'worst case', file: join(__dirname, 'fixtures', 'sast-handlers.ts.txt') },
  { name: 'handlers.py', kind: 'worst case', file: join(__dirname, 'fixtures', 'sast-handlers.py') },
  { name: 'client.js', kind: 'real code', file: join(NODE_MODULES, 'vscode-languageclient', 'lib', 'common', 'client.js') },
  { name: 'underscore.js', kind: 'real code', file: join(NODE_MODULES, 'underscore', 'underscore.js') },
  { name: 'cookiejar.py', kind: 'real code', file: '/usr/lib/python3.11/http/cookiejar.py' },
  { name: 'base_events.py', kind: 'real code', file: '/usr/lib/python3.11/asyncio/base_events.py' },
];
const SAST_WARMUP = 10;
const SAST_ROUNDS = 50;

async function sastOnly(): Promise<void> {
  console.log(`\n3. SAST only (all SAST rules + taint analysis over a parsed tree), saved ~2,000-line files, ${SAST_WARMUP} warm-up + ${SAST_ROUNDS} rounds`);
  console.log('   (CPU time as well as wall time: on a shared machine the wall clock mostly measures the wait for a core.)');
  console.log('   file            kind        lines  SAST median   p95    CPU median   p95    taint analysis median   p95   parse median  findings');
  const engine = await Engine.create();
  const scanner = new SastScanner(engine.rules.ofScanner('sast'));
  const context = { signal: new AbortController().signal, parser: engine.parser, fixes: true, notify: () => {} };
  try {
    for (const fixture of SAST_FIXTURES) {
      if (!existsSync(fixture.file)) {
        console.log(`   ${fixture.name.padEnd(15)} ${fixture.kind.padEnd(10)}  not measured: ${fixture.file} is not on this machine`);
        continue;
      }
      const text = readFileSync(fixture.file, 'utf8');
      const source = Engine.source(fixture.name, text);
      const sast: number[] = [];
      const sastCpu: number[] = [];
      const taint: number[] = [];
      const parse: number[] = [];
      let findings = 0;
      for (let round = 0; round < SAST_WARMUP + SAST_ROUNDS; round++) {
        let start = performance.now();
        const tree = engine.parser.parse(source.language as 'typescript' | 'python', source.text)!;
        const parseMs = performance.now() - start;
        // A fresh ParsedFile per round: no memoised models (calls, imports, taint) carry over.
        const parsed = new ParsedFile(source, tree);
        start = performance.now();
        const cpuStart = process.cpuUsage();
        findings = scanner.scan(parsed, context).length;
        const sastMs = performance.now() - start;
        const cpu = process.cpuUsage(cpuStart);
        start = performance.now();
        if (source.language === 'python') analysePython(tree.rootNode, text);
        else analyseJavaScript(tree.rootNode);
        const taintMs = performance.now() - start;
        tree.delete();
        if (round < SAST_WARMUP) continue;
        sast.push(sastMs);
        sastCpu.push((cpu.user + cpu.system) / 1000);
        taint.push(taintMs);
        parse.push(parseMs);
      }
      const lines = text.split('\n').length - 1;
      console.log(
        `   ${fixture.name.padEnd(15)} ${fixture.kind.padEnd(10)}  ${String(lines).padStart(5)}  ${fmt(percentile(sast, 50)).padStart(9)}  ${fmt(percentile(sast, 95)).padStart(8)}  ${fmt(percentile(sastCpu, 50)).padStart(8)}  ${fmt(percentile(sastCpu, 95)).padStart(8)}  ${fmt(percentile(taint, 50)).padStart(9)}          ${fmt(percentile(taint, 95)).padStart(8)}  ${fmt(percentile(parse, 50)).padStart(8)}    ${String(findings).padStart(5)}`,
      );
    }
    await sastOnSave(engine);
  } finally {
    engine.dispose();
  }
}

/**
 * 3b. What the editor does on save: the SAST scanner remembers the previous version and, after an
 * edit, analyses again only what the edit can reach (server/src/engine/scanners/sast/incremental.ts).
 * Each round inserts a statement inside a function at a different place of the file, saves
 * (timed), then undoes it and saves again (timed too): 2 × SAST_ROUNDS saves after warm-up.
 */
function hasSyntaxError(engine: Engine, language: 'typescript' | 'python' | 'javascript', text: string): boolean {
  const tree = engine.parser.parse(language, text);
  try {
    return tree.rootNode.hasError;
  } finally {
    tree.delete();
  }
}

async function sastOnSave(engine: Engine): Promise<void> {
  console.log(`\n3b. SAST on save after an edit inside a function (the editor's incremental scan), ${SAST_WARMUP} warm-up + ${2 * SAST_ROUNDS} saves`);
  console.log('   file            kind        lines  SAST median   p95    CPU median   p95    partial scans');
  for (const fixture of SAST_FIXTURES) {
    if (!existsSync(fixture.file)) continue;
    const text = readFileSync(fixture.file, 'utf8');
    const language = Engine.source(fixture.name, text).language as 'typescript' | 'python' | 'javascript';
    const scanner = new SastScanner(engine.rules.ofScanner('sast'));
    const context = { signal: new AbortController().signal, parser: engine.parser, fixes: true, notify: () => {}, incremental: true };
    const save = (version: string) => {
      const source = Engine.source(fixture.name, version);
      const tree = engine.parser.parse(language, version);
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      scanner.scan(new ParsedFile(source, tree), context);
      const ms = performance.now() - start;
      const cpu = process.cpuUsage(cpuStart);
      tree.delete();
      return { ms, cpu: (cpu.user + cpu.system) / 1000, partial: scanner.lastMode === 'partial' };
    };
    const lines = text.split('\n');
    // Lines inside a function body: indented, after an indented or opening line.
    const inside = lines.map((_, index) => index).filter((index) => index > 0 && /^\s+\S/.test(lines[index]) && /^\s+\S|[{:]\s*$/.test(lines[index - 1]));
    save(text);
    const wall: number[] = [];
    const cpu: number[] = [];
    let partial = 0;
    for (let round = 0, candidate = 0; round < SAST_WARMUP + SAST_ROUNDS; round++) {
      // The next place where the statement is valid code (not a class body, not inside a literal).
      let edited: string;
      do {
        const at = inside[(candidate++ * 7919) % inside.length];
        const indent = /^\s*/.exec(lines[at])![0];
        const statement = language === 'python' ? `${indent}edit_${round} = ${round}` : `${indent}const edit${round} = ${round};`;
        edited = [...lines.slice(0, at), statement, ...lines.slice(at)].join('\n');
      } while (hasSyntaxError(engine, language, edited));
      for (const version of [edited, text]) {
        const result = save(version);
        if (round < SAST_WARMUP) continue;
        wall.push(result.ms);
        cpu.push(result.cpu);
        if (result.partial) partial++;
      }
    }
    console.log(
      `   ${fixture.name.padEnd(15)} ${fixture.kind.padEnd(10)}  ${String(lines.length - 1).padStart(5)}  ${fmt(percentile(wall, 50)).padStart(9)}  ${fmt(percentile(wall, 95)).padStart(8)}  ${fmt(percentile(cpu, 50)).padStart(8)}  ${fmt(percentile(cpu, 95)).padStart(8)}    ${partial} of ${wall.length}`,
    );
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--sast')) {
    await sastOnly();
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'preflight-bench-'));
  for (const file of FILES) writeFileSync(join(root, file.name), file.text);
  console.log(`Preflight benchmark — node ${process.version}, ${new Date().toISOString()}`);
  try {
    await saveToDiagnostics(root);
    await engineOnly();
    await sastOnly();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
