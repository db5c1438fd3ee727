/**
 * The rule tester: runs every rule over the annotated cases beside it, applies its fixes and
 * checks the tests themselves (each rule has docs, a positive and a negative case, a `.fixed`
 * file when it fixes anything, and never prints a generated secret).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ALL_RULES } from '../rules/index';
import { OWASP } from '../rules/sast/_shared/common';
import { defaultConfig, type PreflightConfig } from '../server/src/engine/config/preflight';
import { applyEdits } from '../server/src/engine/edits';
import { DiskDirectoryReader, type DirectoryReader } from '../server/src/engine/directory';
import { Engine } from '../server/src/engine/engine';
import { loadAdvisories } from '../server/src/engine/workspace';
import type { Finding, TextEdit } from '../server/src/engine/types';
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseAllDocuments } from 'yaml';
import { expandTemplate, parseAnnotations } from './support/cases';

const RULES_DIR = join(__dirname, '..', 'rules');
const config = { ...defaultConfig(), gates: defaultConfig().gates.map((gate) => ({ ...gate, failOn: 'info' as const })) };

let engine: Engine;
before(async () => {
  engine = await Engine.create();
});
after(() => engine.dispose());

function scan(path: string, text: string, options: { directory?: DirectoryReader; advisories?: PreflightConfig['advisories'] } = {}): Finding[] {
  const withAdvisories = options.advisories ? { ...config, advisories: options.advisories } : config;
  return engine.scanSource(Engine.source(path, text), { config: withAdvisories, directory: options.directory }).findings;
}

/**
 * Case files, as paths relative to `cases/`. Deps cases are folders (a manifest needs its lock
 * file beside it): every file in them is a case, scanned with its folder as its surroundings.
 */
function listCases(casesDir: string, prefix = ''): string[] {
  if (!existsSync(casesDir)) return [];
  return readdirSync(casesDir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? (entry.name === 'advisories' ? [] : listCases(join(casesDir, entry.name), `${prefix}${entry.name}/`)) : [`${prefix}${entry.name}`]))
    .filter((name) => !/\.fixed\./.test(name))
    .sort();
}

test('rules/index.ts lists every rule folder (generated, up to date)', async () => {
  const { execFileSync } = await import('node:child_process');
  execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'generate-rule-index.mjs'), '--check']);
});

test('the registry meets the first-release floor per scanner', () => {
  const count = (scanner: string) => ALL_RULES.filter((rule) => rule.scanner === scanner).length;
  assert.ok(count('secrets') >= 10, `secrets rules: ${count('secrets')}`);
  assert.ok(count('sast') >= 6, `sast rules: ${count('sast')}`);
  assert.ok(count('iac') >= 8, `iac rules: ${count('iac')}`);
  assert.ok(count('deps') >= 7, `deps rules: ${count('deps')}`);
});

for (const rule of ALL_RULES) {
  describe(`${rule.scanner}/${rule.id}`, () => {
    const folder = join(RULES_DIR, rule.scanner, rule.id);
    const casesDir = join(folder, 'cases');
    const caseFiles = listCases(casesDir);
    // Surroundings for cases that read other files: the rule folder, so `cases/<case>/…` resolves.
    const directory = new DiskDirectoryReader(folder, Number.MAX_SAFE_INTEGER);

    test('has metadata and documentation', () => {
      assert.match(rule.title, /\S/);
      assert.match(rule.description, /\S{10,}/);
      if (rule.scanner === 'sast') {
        assert.ok(rule.cwe.length > 0, 'SAST rules are tagged with a CWE');
        const owasp: readonly string[] = Object.values(OWASP);
        assert.ok(rule.tags?.some((tag) => owasp.includes(tag)), 'SAST rules carry an OWASP Top 10 tag from rules/sast/_shared/common.ts');
        assert.ok(rule.confidence, 'SAST rules declare a confidence (high, medium or low)');
      }
      // Checkov's ids, or PF_<FRAMEWORK>_<n> for Preflight's own checks where Checkov has none.
      if (rule.scanner === 'iac') assert.match(rule.id, /^(CKV2?|PF)_[A-Z0-9]+_\d+$/, 'IaC rules use Checkov check ids (PF_… for Preflight-only checks)');
      const docs = readFileSync(join(folder, 'README.md'), 'utf8');
      assert.ok(docs.startsWith(`# ${rule.id}`), 'README.md starts with "# <id>"');
      for (const section of ['## Why it matters', '## Bad', '## Good', '## Fix']) assert.ok(docs.includes(section), `README.md lacks "${section}"`);
    });

    test('has at least one positive and one negative case', () => {
      const annotations = caseFiles.flatMap((name) => parseAnnotations(readFileSync(join(casesDir, name), 'utf8')));
      assert.ok(annotations.some((a) => a.kind.startsWith('ruleid') && a.ruleId === rule.id), 'no `ruleid:` case');
      assert.ok(annotations.some((a) => a.kind.startsWith('ok') && a.ruleId === rule.id), 'no `ok:` case');
    });

    for (const name of caseFiles) {
      test(`case ${name}`, async () => {
        const seed = `${rule.id}/${name}`;
        const { text, generated } = expandTemplate(readFileSync(join(casesDir, name), 'utf8'), seed);
        // A deps case folder may hold OSV advisories (`advisories/`), as `deps-advisories` would name.
        const caseFolder = name.includes('/') ? join('cases', name.slice(0, name.indexOf('/'))) : undefined;
        const advisories = caseFolder && existsSync(join(folder, caseFolder, 'advisories')) ? (await loadAdvisories(folder, join(caseFolder, 'advisories'))).database : undefined;
        const all = scan(`cases/${name}`, text, { directory: rule.scanner === 'deps' ? directory : undefined, advisories });
        const findings = all.filter((finding) => finding.ruleId === rule.id);
        const annotations = parseAnnotations(text).filter((annotation) => annotation.ruleId === rule.id);
        const on = (line: number, suppressed: boolean) =>
          findings.filter((finding) => finding.range.start.line === line && Boolean(finding.suppressed) === suppressed);

        for (const annotation of annotations) {
          const where = `${name}:${annotation.line + 1}`;
          if (annotation.kind === 'ruleid') assert.ok(on(annotation.line, false).length > 0, `expected ${rule.id} at ${where}`);
          if (annotation.kind === 'ok') assert.equal(on(annotation.line, false).length, 0, `unexpected ${rule.id} at ${where}`);
          if (annotation.kind === 'suppressed') assert.ok(on(annotation.line, true).length > 0, `expected a suppressed ${rule.id} at ${where}`);
          if (annotation.kind === 'ruleid-file') assert.ok(findings.some((f) => !f.suppressed), `expected ${rule.id} for the file ${name}`);
          if (annotation.kind === 'ok-file') assert.equal(findings.filter((f) => !f.suppressed).length, 0, `unexpected ${rule.id} for the file ${name}`);
        }
        const fileLevel = annotations.some((a) => a.kind === 'ruleid-file');
        const annotated = new Set(annotations.filter((a) => a.kind !== 'ok').map((a) => a.line));
        for (const finding of findings) {
          if (fileLevel) continue;
          assert.ok(annotated.has(finding.range.start.line), `${rule.id} reported on unannotated line ${name}:${finding.range.start.line + 1}: ${finding.message}`);
        }
        for (const finding of all) {
          for (const secret of generated.filter((value) => value.length >= 8)) {
            assert.ok(!finding.message.includes(secret), `message shows a full generated value: ${finding.message}`);
          }
        }

        const fixable = findings.filter((finding) => !finding.suppressed && finding.fixes.some((fix) => fix.kind === 'fix'));
        const fixedName = /\.[^./]+$/.test(name) ? name.replace(/(\.[^./]+)$/, '.fixed$1') : `${name}.fixed`;
        const fixedPath = join(casesDir, fixedName);
        if (fixable.length === 0) {
          assert.ok(!existsSync(fixedPath), `${fixedName} exists but the rule offered no fix`);
          return;
        }
        assert.ok(existsSync(fixedPath), `the rule fixes findings in ${name}: add ${fixedName} with the expected result`);
        const edits: TextEdit[] = fixable.flatMap((finding) => finding.fixes.find((fix) => fix.kind === 'fix')!.edits);
        const fixedText = applyEdits(text, edits);
        assert.equal(fixedText, expandTemplate(readFileSync(fixedPath, 'utf8'), seed).text, `applying the fixes to ${name} gives ${fixedName}`);
        verifyEdit(name, text, all, fixedText, fixable, 'every fix of the case applied together');
      });

      // Every fix and every suppression a finding offers, applied alone: it parses, it does what it says, and nothing new appears.
      test(`case ${name}: each fix and suppression, applied alone, is verified by re-parse and re-scan`, () => {
        const { text } = expandTemplate(readFileSync(join(casesDir, name), 'utf8'), `${rule.id}/${name}`);
        const surroundings = { directory: rule.scanner === 'deps' ? directory : undefined };
        const all = scan(`cases/${name}`, text, surroundings);
        for (const finding of all.filter((candidate) => candidate.ruleId === rule.id && !candidate.suppressed)) {
          for (const fix of finding.fixes.filter((candidate) => candidate.edits.length > 0)) {
            const changed = applyEdits(text, fix.edits);
            const what = `"${fix.title}" for ${rule.id} at ${name}:${finding.range.start.line + 1}`;
            if (fix.kind === 'fix') {
              verifyEdit(name, text, all, changed, [finding], what);
            } else {
              assertSyntaxKept(name, text, changed, what);
              const after = scan(`cases/${name}`, changed, surroundings);
              const suppressedCount = (findings: Finding[]) => findings.filter((candidate) => candidate.ruleId === rule.id && candidate.suppressed).length;
              // A skip can cover more than the one finding (a Kubernetes annotation covers every container of
              // the workload, as in Checkov) but must cover this one.
              assert.ok(suppressedCount(after) >= suppressedCount(all) + 1, `${what}: the finding is not suppressed afterwards`);
              assertNothingNew(all, after, [finding], what);
            }
          }
        }
      });
    }
  });
}

/**
 * A fix must keep the file parseable, remove the findings it fixes, and add no finding of any
 * rule: the fixed text is re-parsed (syntax of its language; a framework adapter's parse notices)
 * and re-scanned with every rule.
 */
function verifyEdit(name: string, before: string, beforeFindings: Finding[], after: string, fixed: Finding[], what: string): void {
  assertSyntaxKept(name, before, after, what);
  // Counted per rule rather than matched by fingerprint: a fingerprint may count occurrences of the
  // same snippet, which shift when one of them is fixed.
  assertNothingNew(beforeFindings, scan(`cases/${name}`, after), fixed, what);
}

/** No rule reports more unsuppressed findings than before less the fixed (or suppressed) ones: they are gone and nothing new appeared. */
function assertNothingNew(before: Finding[], after: Finding[], fixed: Finding[], what: string): void {
  const count = (findings: Finding[]) => {
    const counts = new Map<string, number>();
    for (const finding of findings) if (!finding.suppressed) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
    return counts;
  };
  const expected = count(before);
  for (const finding of fixed) expected.set(finding.ruleId, (expected.get(finding.ruleId) ?? 0) - 1);
  for (const [ruleId, n] of count(after)) {
    const introduced = after.filter((finding) => finding.ruleId === ruleId && !finding.suppressed && !before.some((old) => old.fingerprint === finding.fingerprint));
    const gone = fixed.some((finding) => finding.ruleId === ruleId) ? ' (or the fixed finding is still reported)' : '';
    assert.ok(
      n <= (expected.get(ruleId) ?? 0),
      `${what}: ${ruleId} reports ${n} finding(s) afterwards, at most ${expected.get(ruleId) ?? 0} expected${gone}: ${introduced.map((finding) => `${finding.message} @${finding.range.start.line + 1}`).join('; ')}`,
    );
  }
}

/** A change must not turn a file that parsed into one that does not, in its language and for the IaC adapters. */
function assertSyntaxKept(name: string, before: string, after: string, what: string): void {
  const errorsBefore = syntaxErrors(name, before);
  const errorsAfter = syntaxErrors(name, after);
  const introduced = errorsAfter.filter((error) => !errorsBefore.includes(error));
  assert.deepEqual(introduced, [], `${what}: the change breaks the syntax:\n${after}`);
}

function syntaxErrors(name: string, text: string): string[] {
  const source = Engine.source(`cases/${name}`, text);
  const errors: string[] = [];
  const parsed = engine.parse(source);
  try {
    if (parsed.tree?.rootNode.hasError) errors.push(`${source.language} syntax error`);
  } finally {
    parsed.tree?.delete();
  }
  if (source.language === 'yaml') for (const document of parseAllDocuments(text)) for (const error of document.errors) errors.push(`YAML: ${error.code}`);
  if (source.language === 'json') {
    const problems: ParseError[] = [];
    parseTree(text, problems);
    for (const problem of problems) errors.push(`JSON: ${printParseErrorCode(problem.error)}`);
  }
  // Framework adapters (CloudFormation, Kubernetes, Dockerfile…) report what they cannot read as warnings or errors.
  for (const notice of engine.scanSource(source, { config }).notices) if (notice.level !== 'info') errors.push(`notice: ${notice.message}`);
  return errors;
}
