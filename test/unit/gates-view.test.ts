/**
 * The Pipeline Gates view and the gate report as plain data (client/src/gates/model.ts,
 * client/src/report/data.ts), fed with real reports: the engine scans a small workspace and
 * renderJson prints it, as `preflight gates --format json` does.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { buildTree, filterDescription, overallOf, parseReports, type ParsedReport, type ViewNode } from '../../client/src/gates/model';
import { shapeReport } from '../../client/src/report/data';
import { renderBaseline } from '../../server/src/engine/config/baseline';
import { Engine } from '../../server/src/engine/engine';
import { loadConfig, scanWorkspace } from '../../server/src/engine/workspace';
import { renderJson } from '../../server/src/reporters/json';
import { fakeGithubToken, makeWorkspace } from '../support/workspace';

let engine: Engine;
before(async () => {
  engine = await Engine.create();
});
after(() => engine.dispose());

/** What `preflight gates <root> --format json --builtin-only` prints, as the server's FolderReport. */
async function report(root: string): Promise<{ folderUri: string; json: string }> {
  const config = await loadConfig(root);
  const scan = await scanWorkspace(engine, root, { config });
  return { folderUri: pathToFileURL(root).toString(), json: renderJson({ root, gates: config.gates, ...scan, rules: engine.rules, toolVersion: 'test' }) };
}

const walk = (nodes: ViewNode[]): ViewNode[] => nodes.flatMap((node) => [node, ...walk(node.children)]);
const find = (nodes: ViewNode[], predicate: (node: ViewNode) => boolean) => walk(nodes).find(predicate);

describe('Pipeline Gates tree', () => {
  const token = fakeGithubToken();
  const files = {
    'buildspec.yml': 'version: 0.2\nphases:\n  build:\n    commands:\n      - gitleaks dir .\n      - checkov -d infra --soft-fail\n',
    'app.py': 'import yaml, hashlib\n\ndef load(text):\n    return yaml.load(text)\n\nh = hashlib.md5(b"x")\n',
    'infra/main.tf': 'resource "aws_kms_key" "data" {\n  description = "data"\n}\n',
    'src/app.js': `const token = "${token}";\n`,
  };
  const workspace = makeWorkspace(files);
  let parsed: ParsedReport[];

  before(async () => {
    // Accept the yaml.load finding into the baseline, with its real fingerprint.
    const first = JSON.parse((await report(workspace.root)).json);
    const yamlLoad = first.findings.find((finding: { ruleId: string }) => finding.ruleId === 'py-unsafe-yaml-load');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(workspace.path('.preflight'));
    writeFileSync(workspace.path('.preflight/baseline.json'), renderBaseline([{ fingerprint: yamlLoad.fingerprint, ruleId: yamlLoad.ruleId, file: 'app.py', reason: 'reads our own config' }]));
    parsed = parseReports([await report(workspace.root)]);
  });
  after(() => workspace.dispose());

  test('stage → gate (verdict, mode, fail-on, origin) → findings that open their file at the line', () => {
    const tree = buildTree(parsed);
    assert.deepEqual(tree.map((node) => [node.kind, node.label]), [['stage', 'source']]);
    const gates = tree[0].children;
    assert.deepEqual(gates.map((gate) => gate.label), ['secrets', 'sast', 'iac', 'deps']);
    const secrets = gates[0];
    assert.equal(secrets.description, 'fail · hard · fail-on info · buildspec.yml:5');
    assert.equal(secrets.icon.id, 'error');
    assert.equal(secrets.contextValue, 'gate.withOrigin', 'a gate from a pipeline file can open its definition');
    assert.deepEqual(secrets.open, { folderUri: parsed[0].folderUri, file: 'buildspec.yml', startLine: 5, startColumn: 1, endLine: 5, endColumn: 1 });
    assert.equal(gates[1].description, 'fail · soft · fail-on medium · advisory (the pipeline does not run this gate)', 'no sast step in the pipeline: advisory');
    assert.equal(gates[1].contextValue, 'gate', 'an advisory gate has no definition to open');
    const iac = gates[2];
    assert.equal(iac.description, 'fail · soft · fail-on info · buildspec.yml:6', 'checkov --soft-fail: a soft gate, from its line');
    assert.match(iac.tooltip, /Mode: soft \(reported, never fails the pipeline\)/);
    const [secret] = secrets.children;
    assert.equal(secret.kind, 'finding');
    assert.ok(!secret.label.includes(token) && !secret.tooltip.includes(token), 'the secret is masked in the view');
    assert.match(secret.description!, /^github-pat · src\/app\.js:1$/);
    assert.deepEqual(secret.open, { folderUri: parsed[0].folderUri, file: 'src/app.js', startLine: 1, startColumn: 16, endLine: 1, endColumn: 16 + token.length });
  });

  test('baselined findings are marked, listed after the counted ones, and hidden by "only new findings"', () => {
    const tree = buildTree(parsed);
    const sast = find(tree, (node) => node.kind === 'gate' && node.label === 'sast')!;
    assert.equal(sast.description?.split(' · ')[0], 'fail', 'the md5 finding still fails sast');
    const labels = sast.children.map((node) => node.description);
    assert.deepEqual(labels, ['py-weak-hash · app.py:6', 'baselined · py-unsafe-yaml-load · app.py:4']);
    const baselined = sast.children[1];
    assert.equal(baselined.contextValue, 'finding.suppressed');
    assert.match(baselined.tooltip, /Does not count towards the verdict: baselined: reads our own config/);

    const newOnly = buildTree(parsed, { minSeverity: 'info', newOnly: true });
    const filtered = find(newOnly, (node) => node.kind === 'gate' && node.label === 'sast')!;
    assert.deepEqual(filtered.children.map((node) => [node.kind, node.description ?? node.label]), [
      ['finding', 'py-weak-hash · app.py:6'],
      ['message', '1 more finding(s) hidden by the filter (baselined)'],
    ]);
    assert.equal(filterDescription({ minSeverity: 'high', newOnly: true }), '≥ high · new only');
  });

  test('minimum severity hides lower findings and says how many', () => {
    const all = walk(buildTree(parsed)).filter((node) => node.kind === 'finding');
    const high = walk(buildTree(parsed, { minSeverity: 'high', newOnly: false }));
    const shown = high.filter((node) => node.kind === 'finding');
    assert.ok(shown.length > 0 && shown.length < all.length, `${shown.length} of ${all.length}`);
    const severities = JSON.parse(JSON.stringify(parsed[0].report.findings)) as Array<{ fingerprint: string; severity: string }>;
    for (const node of shown) assert.ok(['critical', 'high'].includes(severities.find((finding) => finding.fingerprint === node.fingerprint)!.severity));
    const hiddenCount = high.filter((node) => node.kind === 'message').reduce((sum, node) => sum + Number(/^(\d+) more/.exec(node.label)?.[1] ?? 0), 0);
    assert.equal(shown.length + hiddenCount, all.length, 'every finding is either shown or counted as hidden');
  });

  test('multi-root: one node per folder above its stages, ids unique across folders', async () => {
    const other = makeWorkspace({ 'a.py': 'print(1)\n' });
    try {
      const both = [...parsed, ...parseReports([await report(other.root)])];
      const tree = buildTree(both);
      assert.deepEqual(tree.map((node) => [node.kind, node.description?.split(' · ')[0]]), [['folder', 'fail'], ['folder', 'pass']]);
      const ids = walk(tree).map((node) => node.id);
      assert.equal(new Set(ids).size, ids.length);
      assert.equal(overallOf(both), 'fail');
    } finally {
      other.dispose();
    }
  });

  test('a gate that could not run says why as its first child', () => {
    const broken = JSON.parse(JSON.stringify(parsed[0].report));
    broken.verdicts[1] = { ...broken.verdicts[1], status: 'error', reason: 'could not run: invalid configuration (preflight.yml)' };
    const tree = buildTree([{ ...parsed[0], report: broken }]);
    const sast = find(tree, (node) => node.kind === 'gate' && node.label === 'sast')!;
    assert.equal(sast.icon.id, 'warning');
    assert.deepEqual([sast.children[0].kind, sast.children[0].label], ['message', 'could not run: invalid configuration (preflight.yml)']);
  });

  test('a report of another version is refused, not guessed at', () => {
    assert.throws(() => parseReports([{ folderUri: 'file:///x', json: '{"version":2,"verdicts":[],"findings":[]}' }]), /unsupported Preflight report \(version 2\)/);
  });
});

describe('gate report data', () => {
  test('one row per gate with its counts; bars share one scale', async () => {
    const workspace = makeWorkspace({
      'a.py': 'import hashlib, yaml\nhashlib.md5(b"1")\nhashlib.md5(b"2")\nyaml.load(x)\n',
      'main.tf': 'resource "aws_kms_key" "k" {\n  description = "k"\n}\n',
    });
    try {
      const data = shapeReport(parseReports([await report(workspace.root)]), 'From the last run.');
      assert.equal(data.overall, 'fail');
      assert.deepEqual(data.gates.map((row) => [row.stage, row.gate, row.origin, row.mode, row.status]), [
        ['source', 'secrets', 'default', 'hard', 'pass'],
        ['source', 'sast', 'default', 'hard', 'fail'],
        ['source', 'iac', 'default', 'hard', 'fail'],
        ['source', 'deps', 'default', 'hard', 'pass'],
      ]);
      const sast = data.gates[1];
      assert.equal(sast.total, 3);
      const largest = Math.max(...data.gates.flatMap((row) => row.bars.map((bar) => bar.count)));
      for (const row of data.gates) {
        assert.deepEqual(row.bars.map((bar) => bar.severity), ['critical', 'high', 'medium', 'low', 'info']);
        for (const bar of row.bars) assert.equal(bar.fraction, bar.count / largest);
      }
      assert.ok(data.gates.some((row) => row.bars.some((bar) => bar.fraction === 1)));
      assert.equal(data.filesScanned, 2);
      assert.equal(shapeReport([], 'none').overall, 'none');
    } finally {
      workspace.dispose();
    }
  });
});
