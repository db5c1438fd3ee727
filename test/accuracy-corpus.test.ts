/**
 * The SAST accuracy benchmark (bench/accuracy): the labelled corpus is well-formed, and the
 * scorer's arithmetic is right on synthetic tool outputs. Runs no external tool.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { CLASSES, LabelError, loadCorpus, parseLabel, readCase, type Case } from '../bench/accuracy/corpus';
import { banditCwes, runBandit } from '../bench/accuracy/peers';
import { metrics, renderReport, scoreTool, type ToolResult } from '../bench/accuracy/score';
import { parseConfig } from '../server/src/engine/config/preflight';
import { Engine } from '../server/src/engine/engine';

const ROOT = join(__dirname, '..');

describe('the accuracy corpus', () => {
  const cases = loadCorpus();

  test('has at least 300 labelled cases, roughly half vulnerable', () => {
    assert.ok(cases.length >= 300, `${cases.length} cases`);
    const vulnerable = cases.filter((item) => item.verdict === 'vulnerable').length;
    const share = vulnerable / cases.length;
    assert.ok(share >= 0.4 && share <= 0.6, `${vulnerable} of ${cases.length} vulnerable`);
  });

  test('every class has vulnerable and safe cases in each of its languages', () => {
    for (const weakness of CLASSES) {
      for (const language of weakness.languages) {
        const here = cases.filter((item) => item.classId === weakness.id && item.language === language);
        assert.ok(here.some((item) => item.verdict === 'vulnerable'), `${weakness.id}/${language} has no vulnerable case`);
        assert.ok(here.some((item) => item.verdict === 'safe'), `${weakness.id}/${language} has no safe case`);
      }
    }
    assert.ok(cases.some((item) => item.path.endsWith('.tsx')), 'some TypeScript cases are .tsx');
  });

  test('cases are small programs, each sink line is code, and no two cases are the same file', () => {
    const seen = new Map<string, string>();
    for (const item of cases) {
      assert.ok(item.lineCount >= 5 && item.lineCount <= 40, `${item.path}: ${item.lineCount} lines`);
      const text = readFileSync(join(ROOT, 'bench', 'accuracy', 'corpus', item.path), 'utf8');
      const body = text.split('\n').slice(1).join('\n');
      assert.ok(!seen.has(body), `${item.path} repeats ${seen.get(body)}`);
      seen.set(body, item.path);
      if (item.sinkLine !== undefined) {
        const line = text.split(/\r?\n/)[item.sinkLine - 1].trim();
        assert.ok(!/^(\/\/|#)/.test(line), `${item.path}: sink line ${item.sinkLine} is a comment`);
      }
    }
  });

  test("the repository's own gates exclude it (preflight.yml)", async () => {
    const config = parseConfig(readFileSync(join(ROOT, 'preflight.yml'), 'utf8'), 'preflight.yml');
    const engine = await Engine.create();
    try {
      for (const item of cases) assert.ok(engine.isExcluded(`bench/accuracy/corpus/${item.path}`, config), item.path);
    } finally {
      engine.dispose();
    }
  });
});

describe('labels', () => {
  test('parse with both comment styles, an optional note, and a sink line for vulnerable cases', () => {
    assert.deepEqual(parseLabel('// preflight-bench: vulnerable CWE-78 sink-line: 7\ncode\n', 'a.js'), { verdict: 'vulnerable', cwe: 78, sinkLine: 7 });
    assert.deepEqual(parseLabel('\uFEFF# preflight-bench: safe CWE-89 -- parameterised\r\ncode\r\n', 'a.py'), { verdict: 'safe', cwe: 89, note: 'parameterised' });
  });

  test('malformed labels are errors naming the file and line', () => {
    for (const [text, expected] of [
      ['const x = 1;\n', /a\.js:1: expected "preflight-bench/],
      ['// preflight-bench: vulnerable CWE-78\n', /needs "sink-line/],
      ['// preflight-bench: safe CWE-78 sink-line: 3\n', /safe case has no sink line/],
      ['// preflight-bench: risky CWE-78\n', /expected/],
    ] as const) {
      assert.throws(() => parseLabel(text, 'a.js'), (error: unknown) => error instanceof LabelError && expected.test(error.message));
    }
  });

  test('a case must sit in its class folder and its sink line must exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-corpus-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    try {
      write('78/py/wrong-class.py', '# preflight-bench: safe CWE-89\na = 1\nb = 2\nc = 3\nd = 4\n');
      write('78/py/sink-past-end.py', '# preflight-bench: vulnerable CWE-78 sink-line: 9\nimport os\nos.system(x)\n');
      write('78/py/blank-sink.py', '# preflight-bench: vulnerable CWE-78 sink-line: 2\n\nos.system(x)\n');
      write('78/js/wrong-extension.py', '# preflight-bench: safe CWE-78\n');
      write('614/py/related-cwe.py', '# preflight-bench: vulnerable CWE-1004 sink-line: 2\nSESSION_COOKIE_HTTPONLY = False\n');
      assert.throws(() => readCase(dir, '78/py/wrong-class.py'), /CWE-89 does not belong to class 78/);
      assert.throws(() => readCase(dir, '78/py/sink-past-end.py'), /sink-past-end\.py:1: sink-line 9 is not a non-empty code line/);
      assert.throws(() => readCase(dir, '78/py/blank-sink.py'), /sink-line 2/);
      assert.throws(() => readCase(dir, '78/js/wrong-extension.py'), /a js case must end in/);
      assert.equal(readCase(dir, '614/py/related-cwe.py').classId, '614');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scoring', () => {
  const make = (path: string, verdict: 'vulnerable' | 'safe', cwe: number, sinkLine?: number): Case => {
    const [classId, language] = path.split('/') as [string, Case['language']];
    return { path, classId, language, verdict, cwe, sinkLine, lineCount: 10 };
  };
  // Class 78: 3 vulnerable + 2 safe in js; class 614: 1 vulnerable + 1 safe in py.
  const cases: Case[] = [
    make('78/js/v1.js', 'vulnerable', 78, 4),
    make('78/js/v2.js', 'vulnerable', 78, 5),
    make('78/js/v3.js', 'vulnerable', 78, 6),
    make('78/js/s1.js', 'safe', 78),
    make('78/js/s2.js', 'safe', 78),
    make('614/py/v1.py', 'vulnerable', 614, 3),
    make('614/py/s1.py', 'safe', 1004),
  ];
  const tool: ToolResult = {
    tool: 'fake',
    version: '1',
    languages: ['js', 'py'],
    status: 'ran',
    problems: [],
    findings: [
      { file: '78/js/v1.js', line: 4, cwes: [78], ruleId: 'cmd' }, // TP on the sink
      { file: '78/js/v2.js', line: 2, endLine: 3, cwes: [78], ruleId: 'cmd' }, // TP off the sink
      { file: '78/js/v3.js', line: 6, cwes: [89], ruleId: 'sql' }, // another class: still FN
      { file: '78/js/s1.js', line: 3, cwes: [77], ruleId: 'cmd' }, // CWE-77 is in class 78: FP
      { file: '614/py/v1.py', line: 2, endLine: 4, cwes: [1004], ruleId: 'cookie' }, // 1004 counts for 614; range covers the sink
    ],
  };

  test('counts TP / FP / FN / TN per class, per language and overall', () => {
    const score = scoreTool(cases, tool);
    assert.deepEqual(score.byClass.get('78'), { tp: 2, fp: 1, fn: 1, tn: 1, tpAtSink: 1 });
    assert.deepEqual(score.byClass.get('614'), { tp: 1, fp: 0, fn: 0, tn: 1, tpAtSink: 1 });
    assert.deepEqual(score.byLanguage.get('py'), { tp: 1, fp: 0, fn: 0, tn: 1, tpAtSink: 1 });
    assert.deepEqual(score.overall, { tp: 3, fp: 1, fn: 1, tn: 2, tpAtSink: 2 });
    assert.deepEqual(
      score.outcomes.map((outcome) => `${outcome.case.path}:${outcome.outcome}${outcome.atSink === false ? ':off' : ''}`),
      ['78/js/v1.js:TP', '78/js/v2.js:TP:off', '78/js/v3.js:FN', '78/js/s1.js:FP', '78/js/s2.js:TN', '614/py/v1.py:TP', '614/py/s1.py:TN'],
    );
  });

  test('precision, recall and F1, undefined where there is nothing to divide', () => {
    const { precision, recall, f1 } = metrics({ tp: 2, fp: 1, fn: 1, tn: 1, tpAtSink: 1 });
    assert.equal(precision, 2 / 3);
    assert.equal(recall, 2 / 3);
    assert.ok(Math.abs(f1! - 2 / 3) < 1e-12);
    assert.deepEqual(metrics({ tp: 0, fp: 0, fn: 3, tn: 3, tpAtSink: 0 }), { precision: undefined, recall: 0, f1: undefined });
    assert.deepEqual(metrics({ tp: 0, fp: 2, fn: 0, tn: 0, tpAtSink: 0 }), { precision: 0, recall: undefined, f1: undefined });
    const overall = metrics(scoreTool(cases, tool).overall);
    assert.equal(overall.precision, 3 / 4);
    assert.equal(overall.recall, 3 / 4);
  });

  test('a tool is scored only on the languages it analyses', () => {
    const pythonOnly = scoreTool(cases, { ...tool, languages: ['py'] });
    assert.equal(pythonOnly.outcomes.length, 2);
    assert.equal(pythonOnly.byClass.get('78'), undefined);
  });

  test('a tool that did not run says so in every cell, never zeros', () => {
    const missing: ToolResult = { tool: 'absent-tool', languages: ['js'], status: 'not-run', reason: 'absent-tool not found on PATH' };
    const report = renderReport(cases, [scoreTool(cases, tool), scoreTool(cases, missing)], { generatedAt: 'now' });
    const overallRow = report.split('\n').find((line) => line.startsWith('| absent-tool |'))!;
    assert.match(overallRow, /not run: absent-tool not found on PATH/);
    assert.doesNotMatch(overallRow, /\d \/ \d/);
    const classRow = report.split('\n').find((line) => line.startsWith('| 78 OS command injection |') && line.includes('0.67'))!;
    assert.match(classRow, /\| 0\.67 \/ 0\.67 \/ 0\.67 \| not run: absent-tool not found on PATH \|$/);
    assert.match(report, /Generated by `npm run bench:accuracy`/);
  });

  test('--verbose lists the cases a tool gets wrong or finds off the sink', () => {
    const report = renderReport(cases, [scoreTool(cases, tool)], { generatedAt: 'now', verbose: true });
    const section = report.slice(report.indexOf('## Per-case disagreements'));
    assert.match(section, /\| 78\/js\/v2\.js \| vulnerable CWE-78 @5 \| TP, off sink \(cmd@2\) \|/);
    assert.match(section, /\| 78\/js\/v3\.js \| vulnerable CWE-78 @6 \| FN \|/);
    assert.match(section, /\| 78\/js\/s1\.js \| safe CWE-78 \| FP \(cmd@3\) \|/);
    assert.doesNotMatch(section, /78\/js\/v1\.js|78\/js\/s2\.js/);
  });
});

describe('peer tool adapters', () => {
  test('bandit findings: class override, else issue_cwe, else bandit\'s own table', () => {
    assert.deepEqual(banditCwes({ test_id: 'B506', issue_cwe: { id: 20 } }), [502]);
    assert.deepEqual(banditCwes({ test_id: 'B602', issue_cwe: { id: 78 } }), [78]);
    assert.deepEqual(banditCwes({ test_id: 'B311' }), [330]);
    assert.deepEqual(banditCwes({ test_id: 'B999' }), []);
  });

  test('a missing bandit is "not run" with the reason', () => {
    const result = runBandit(join(ROOT, 'bench', 'accuracy', 'corpus'), 'preflight-no-such-bandit');
    assert.equal(result.status, 'not-run');
    assert.match(result.status === 'not-run' ? result.reason : '', /preflight-no-such-bandit not found on PATH/);
  });
});
