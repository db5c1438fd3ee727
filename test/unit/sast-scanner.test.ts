/**
 * The SAST scanner runs the tree-sitter queries that rules ran on the previous files as one
 * combined query (one walk over the tree instead of one per query). These tests pin that the
 * combination really happens on a re-scan and that every rule still gets exactly the matches,
 * in the order, that its query alone would give.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Engine } from '../../server/src/engine/engine';
import type { TreeLanguage } from '../../server/src/engine/parse/languages';
import type { SastContext, SastRule } from '../../server/src/engine/scanners/sast/rule';
import { SastScanner } from '../../server/src/engine/scanners/sast/scanner';
import type { ScanContext } from '../../server/src/engine/scanners/scanner';
import { ParsedFile } from '../../server/src/engine/source';

let engine: Engine;
/** Every query source compiled through the parser while a test runs. */
let compiled: string[] = [];

before(async () => {
  engine = await Engine.create();
  const query = engine.parser.query.bind(engine.parser);
  engine.parser.query = (language: TreeLanguage, source: string) => {
    compiled.push(source);
    return query(language, source);
  };
});
after(() => engine.dispose());

function scanContext(): ScanContext {
  return { signal: new AbortController().signal, parser: engine.parser, fixes: true, notify: () => {} };
}

/** Scans `text` as a fresh file (no memoised models) and returns what `scanner` reported. */
function scan(scanner: SastScanner, path: string, text: string) {
  const source = Engine.source(path, text);
  const tree = engine.parser.parse(source.language as TreeLanguage, source.text);
  try {
    return scanner.scan(new ParsedFile(source, tree), scanContext());
  } finally {
    tree.delete();
  }
}

/** A rule that records, per query, what `context.matches` returned (capture → type and span). */
function recordingRule(id: string, queries: string[], into: Map<string, string[][]>): SastRule {
  return {
    id,
    scanner: 'sast',
    title: id,
    severity: 'low',
    confidence: 'high',
    cwe: [20],
    tags: [],
    description: id,
    languages: ['typescript'],
    detect(context: SastContext) {
      for (const query of queries) {
        const seen = context.matches(query).map((match) => [...match].map(([name, node]) => `${name}=${node.type}@${node.startIndex}-${node.endIndex}`).sort().join(' '));
        into.set(`${id}:${query}`, [...(into.get(`${id}:${query}`) ?? []), ...[seen]]);
      }
      return [];
    },
  };
}

const CALLS = `(call_expression function: (identifier) @callee) @call
  (call_expression function: (member_expression property: (property_identifier) @method)) @call
  ((identifier) @name (#eq? @name "exec"))`;
const STRINGS = '(string (string_fragment) @text) @string';
const NOTHING = '(regex pattern: (regex_pattern) @pattern) @regex';

const SAMPLE = `import { exec } from 'child_process';
const a = exec('ls ' + name);
function f(x: string) { return x.trim().split(',').map((y) => exec(y)); }
const b = \`tpl\`; exec("other");
`;

test('queries run again on the next file are combined into one walk, each rule getting its own matches in order', () => {
  const results = new Map<string, string[][]>();
  const scanner = new SastScanner([recordingRule('first', [CALLS, NOTHING], results), recordingRule('second', [STRINGS, CALLS], results)]);
  compiled = [];
  scan(scanner, 'a.ts', SAMPLE);
  scan(scanner, 'a.ts', SAMPLE);
  assert.ok(!compiled.some((source) => source.includes(CALLS) && source.includes(STRINGS)), 'no combined query before two files asked for the same queries');
  scan(scanner, 'a.ts', SAMPLE);
  const combined = compiled.filter((source) => source.includes(CALLS) && source.includes(STRINGS) && source.includes(NOTHING));
  assert.equal(combined.length > 0, true, 'the third scan runs the three queries as one');
  for (const [key, runs] of results) {
    // first rule: one run per scan; second rule asks CALLS again in the same scan and shares the result.
    assert.equal(runs.length, 3, key);
    assert.deepEqual(runs[2], runs[0], `${key}: same matches, same order, combined or alone`);
  }
  assert.ok(results.get(`first:${CALLS}`)![0].length >= 6, 'the sample has calls and exec identifiers to match');
  assert.deepEqual(results.get(`first:${NOTHING}`)![2], []);
});

test('a query the last files did not run still runs alone, and one they ran but this file does not costs nothing extra in results', () => {
  const results = new Map<string, string[][]>();
  let ask = [CALLS, STRINGS];
  const rule: SastRule = { ...recordingRule('switching', [], results), detect: (context) => recordingRule('switching', ask, results).detect(context) };
  const scanner = new SastScanner([rule]);
  scan(scanner, 'a.ts', SAMPLE);
  scan(scanner, 'a.ts', SAMPLE);
  ask = [STRINGS, NOTHING];
  scan(scanner, 'a.ts', SAMPLE);
  assert.deepEqual(results.get(`switching:${STRINGS}`)![2], results.get(`switching:${STRINGS}`)![0]);
  assert.deepEqual(results.get(`switching:${NOTHING}`), [[]]);
});

test('a rule whose query is invalid fails alone, on every scan, and never spoils the other rules\' combined queries', () => {
  const results = new Map<string, string[][]>();
  const broken = recordingRule('broken', ['(call_expression no_such_field: (identifier)) @call'], results);
  const scanner = new SastScanner([recordingRule('before', [CALLS, STRINGS], results), broken, recordingRule('after', [STRINGS, NOTHING], results)]);
  for (let round = 0; round < 3; round++) {
    const notices: string[] = [];
    const source = Engine.source('a.ts', SAMPLE);
    const tree = engine.parser.parse('typescript', source.text);
    try {
      scanner.scan(new ParsedFile(source, tree), { ...scanContext(), notify: (notice) => notices.push(notice.message) });
    } finally {
      tree.delete();
    }
    assert.equal(notices.length, 1, `round ${round}: only the broken rule reports a failure`);
    assert.match(notices[0], /rule broken failed/);
  }
  for (const key of [`before:${CALLS}`, `before:${STRINGS}`, `after:${STRINGS}`]) assert.deepEqual(results.get(key)![2], results.get(key)![0], key);
});

test('every SAST rule reports the same on a re-saved file as on its first scan (combined queries, shared call facts)', () => {
  const scanner = new SastScanner(engine.rules.ofScanner('sast'));
  for (const [name, fixture] of [
    ['handlers.ts', 'sast-handlers.ts.txt'],
    ['handlers.py', 'sast-handlers.py'],
  ]) {
    const text = readFileSync(join(__dirname, '..', '..', 'bench', 'fixtures', fixture), 'utf8');
    const first = JSON.stringify(scan(scanner, name, text));
    scan(scanner, name, text);
    compiled = [];
    const third = JSON.stringify(scan(scanner, name, text));
    assert.equal(third, first, name);
    if (name.endsWith('.ts')) assert.ok(JSON.parse(first).length > 0, 'the TypeScript fixture has findings to compare');
  }
});
