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
import { defaultConfig, type PreflightConfig } from '../server/src/engine/config/preflight';
import { applyEdits } from '../server/src/engine/edits';
import { DiskDirectoryReader, type DirectoryReader } from '../server/src/engine/directory';
import { Engine } from '../server/src/engine/engine';
import { loadAdvisories } from '../server/src/engine/workspace';
import type { Finding, TextEdit } from '../server/src/engine/types';
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
      if (rule.scanner === 'sast') assert.ok(rule.cwe.length > 0, 'SAST rules are tagged with a CWE');
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

        // Re-parse and re-scan: the fixed findings are gone and the fix did not break the syntax.
        const before = engine.parse(Engine.source(name, text));
        const afterFix = engine.parse(Engine.source(name, fixedText));
        try {
          assert.equal(afterFix.tree?.rootNode.hasError ?? false, before.tree?.rootNode.hasError ?? false, 'the fix introduced a syntax error');
        } finally {
          before.tree?.delete();
          afterFix.tree?.delete();
        }
        const remaining = scan(`cases/${fixedName}`, fixedText).filter((finding) => finding.ruleId === rule.id && !finding.suppressed);
        assert.equal(remaining.length, findings.filter((finding) => !finding.suppressed).length - fixable.length, 'every fixed finding disappears');
      });
    }
  });
}
