/**
 * The peer tools of the accuracy benchmark and how their findings become CWEs.
 *
 * - eslint-plugin-security (JavaScript, TypeScript): its rules carry no CWE, so
 *   ESLINT_SECURITY_CWES maps each rule of its `recommended` config to the weakness the rule's own
 *   documentation describes. Run in process through ESLint's Node API, flat config, the plugin's
 *   recommended rules, `@typescript-eslint/parser` for .ts/.tsx.
 * - bandit (Python): `bandit -f json -r <corpus>` (argument array, no shell). Since 1.7.3 each
 *   result carries `issue_cwe.id`; older versions (Debian's 1.6.2) do not, so BANDIT_CWES holds
 *   bandit's own test → CWE table for them. BANDIT_CLASS_OVERRIDES re-files the few tests whose
 *   bandit CWE is a generic one (CWE-20) or names a different weakness than the test targets.
 *
 * Both tables are documented in README.md; a change here changes every number, so say why.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import type { Linter } from 'eslint';
import type { CaseLanguage } from './corpus';
import type { ToolFinding, ToolResult } from './score';

export interface Mapping {
  cwes: readonly number[];
  why: string;
}

/** eslint-plugin-security rule (recommended config) → CWE. Empty: no corpus class fits. */
export const ESLINT_SECURITY_CWES: Readonly<Record<string, Mapping>> = {
  'security/detect-child-process': { cwes: [78], why: 'child_process.exec with a non-literal argument: command injection' },
  'security/detect-eval-with-expression': { cwes: [95], why: 'eval(variable): eval injection' },
  'security/detect-non-literal-fs-filename': { cwes: [22], why: 'fs call with a non-literal path: path traversal' },
  'security/detect-non-literal-regexp': { cwes: [1333], why: 'RegExp(variable): the docs name regular-expression denial of service' },
  'security/detect-unsafe-regex': { cwes: [1333], why: 'catastrophic backtracking (safe-regex)' },
  'security/detect-object-injection': { cwes: [1321], why: 'obj[variable] assignment / access: the docs describe prototype access through bracket notation' },
  'security/detect-pseudoRandomBytes': { cwes: [338], why: 'crypto.pseudoRandomBytes: not cryptographically strong' },
  'security/detect-no-csrf-before-method-override': { cwes: [352], why: 'express.csrf() before express.methodOverride() lets the override bypass CSRF checks' },
  'security/detect-disable-mustache-escape': { cwes: [79], why: 'escapeMarkup = false disables template escaping: XSS' },
  'security/detect-non-literal-require': { cwes: [829], why: 'require(variable): inclusion of untrusted functionality (no corpus class)' },
  'security/detect-possible-timing-attacks': { cwes: [208], why: 'observable timing discrepancy (no corpus class)' },
  'security/detect-buffer-noassert': { cwes: [119], why: 'out-of-bounds buffer access (no corpus class)' },
  'security/detect-new-buffer': { cwes: [119], why: 'new Buffer(variable) (no corpus class)' },
  'security/detect-bidi-characters': { cwes: [451], why: 'trojan-source bidirectional characters (no corpus class)' },
  'security/detect-invisible-characters': { cwes: [451], why: 'invisible characters in identifiers (no corpus class)' },
};

/** Bandit's own test → CWE table (bandit/core/issue.py constants, per test), for bandit without issue_cwe. */
export const BANDIT_CWES: Readonly<Record<string, number>> = {
  B101: 703, B102: 78, B103: 732, B104: 605, B105: 259, B106: 259, B107: 259, B108: 377, B110: 703, B112: 703, B113: 400,
  B201: 94, B202: 22,
  B301: 502, B302: 502, B303: 327, B304: 327, B305: 327, B306: 377, B307: 78, B308: 79, B309: 319, B310: 22, B311: 330,
  B312: 319, B313: 20, B314: 20, B315: 20, B316: 20, B317: 20, B318: 20, B319: 20, B320: 20, B321: 319, B322: 78, B323: 295,
  B324: 327, B325: 377,
  B401: 319, B402: 319, B403: 502, B404: 78, B405: 20, B406: 20, B407: 20, B408: 20, B409: 20, B410: 20, B411: 20, B412: 284,
  B413: 327, B415: 327,
  B501: 295, B502: 327, B503: 327, B504: 327, B505: 326, B506: 20, B507: 295, B508: 319, B509: 319,
  B601: 78, B602: 78, B603: 78, B604: 78, B605: 78, B606: 78, B607: 78, B608: 89, B609: 155, B610: 89, B611: 89, B612: 94,
  B701: 94, B702: 80, B703: 80, B704: 80,
};

/**
 * Tests re-filed to the weakness they target, because bandit's CWE for them is generic
 * (CWE-20 "improper input validation") or names a different weakness.
 */
export const BANDIT_CLASS_OVERRIDES: Readonly<Record<string, Mapping>> = {
  B102: { cwes: [95], why: 'exec() of a string: eval injection (bandit files it under CWE-78)' },
  B307: { cwes: [95], why: 'eval(): eval injection (bandit files it under CWE-78)' },
  B201: { cwes: [489], why: 'Flask app.run(debug=True): active debug code (bandit: CWE-94, the debugger\'s consequence)' },
  B506: { cwes: [502], why: 'yaml.load without a safe loader: unsafe deserialisation (bandit: CWE-20)' },
  ...Object.fromEntries(
    ['B313', 'B314', 'B315', 'B316', 'B317', 'B318', 'B319', 'B320', 'B405', 'B406', 'B407', 'B408', 'B409', 'B410', 'B411'].map((id) => [
      id,
      { cwes: [611], why: 'XML parsing of untrusted data, the XXE / entity-expansion family (bandit: CWE-20)' },
    ]),
  ),
};

const toPosix = (path: string) => path.split('\\').join('/');

// ----------------------------------------------------------------------------------------------
// eslint-plugin-security

const ESLINT_LANGUAGES: readonly CaseLanguage[] = ['js', 'ts'];

export async function runEslintSecurity(corpusDir: string): Promise<ToolResult> {
  const base = { tool: 'eslint-plugin-security', languages: ESLINT_LANGUAGES };
  const load = createRequire(__filename);
  let eslintModule: typeof import('eslint');
  let plugin: { meta?: { version?: string }; configs: { recommended: Linter.Config } };
  let tsParser: Linter.Parser;
  try {
    eslintModule = load('eslint') as typeof import('eslint');
    plugin = load('eslint-plugin-security');
    tsParser = load('@typescript-eslint/parser');
  } catch (error) {
    return { ...base, status: 'not-run', reason: `cannot load eslint, eslint-plugin-security or @typescript-eslint/parser (${firstLine(error)})` };
  }
  try {
    const recommended = plugin.configs.recommended;
    // Only the plugin's recommended rules: no eslint:recommended, so every finding is the plugin's.
    const config: Linter.Config[] = [
      { ...recommended, files: ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'], languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs', parserOptions: { ecmaFeatures: { jsx: true } } } },
      // The TypeScript parser decides JSX by extension (.tsx), whatever ecmaFeatures says.
      { ...recommended, files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' } },
    ];
    const eslint = new eslintModule.ESLint({ cwd: corpusDir, overrideConfigFile: true, overrideConfig: config });
    const results = await eslint.lintFiles(['.']);
    const findings: ToolFinding[] = [];
    const problems: string[] = [];
    for (const result of results) {
      const file = toPosix(relative(corpusDir, result.filePath));
      for (const message of result.messages) {
        if (message.fatal || !message.ruleId) {
          problems.push(`${file}:${message.line}: ${message.message}`);
          continue;
        }
        const mapping = ESLINT_SECURITY_CWES[message.ruleId];
        if (!mapping) problems.push(`${file}:${message.line}: rule ${message.ruleId} has no CWE mapping in bench/accuracy/peers.ts`);
        findings.push({ file, line: message.line, endLine: message.endLine, cwes: mapping?.cwes ?? [], ruleId: message.ruleId.replace(/^security\//, '') });
      }
    }
    return { ...base, status: 'ran', version: `${plugin.meta?.version ?? '?'} (ESLint ${eslintModule.ESLint.version})`, findings, problems };
  } catch (error) {
    return { ...base, status: 'not-run', reason: `ESLint failed: ${firstLine(error)}` };
  }
}

// ----------------------------------------------------------------------------------------------
// bandit

interface BanditResult {
  filename: string;
  test_id: string;
  line_number: number;
  line_range?: number[];
  issue_cwe?: { id?: number };
}

/** The CWEs a bandit result counts under: override, else its own issue_cwe, else bandit's table. */
export function banditCwes(result: Pick<BanditResult, 'test_id' | 'issue_cwe'>): readonly number[] {
  const override = BANDIT_CLASS_OVERRIDES[result.test_id];
  if (override) return override.cwes;
  if (result.issue_cwe?.id) return [result.issue_cwe.id];
  const known = BANDIT_CWES[result.test_id];
  return known ? [known] : [];
}

export function runBandit(corpusDir: string, executable = 'bandit'): ToolResult {
  const base = { tool: 'bandit', languages: ['py'] as readonly CaseLanguage[] };
  const version = spawnSync(executable, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (version.error) {
    const code = (version.error as NodeJS.ErrnoException).code;
    return { ...base, status: 'not-run', reason: code === 'ENOENT' ? `${executable} not found on PATH` : `${executable} --version failed: ${version.error.message}` };
  }
  // Exit status 0: no issue; 1: issues found; anything else is a failure.
  const run = spawnSync(executable, ['-f', 'json', '-q', '-r', corpusDir], { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  if (run.error) return { ...base, status: 'not-run', reason: `bandit failed: ${run.error.message}` };
  if (run.status !== 0 && run.status !== 1) return { ...base, status: 'not-run', reason: `bandit exited with ${run.status ?? run.signal}: ${firstLine(run.stderr)}` };
  let report: { results?: BanditResult[]; errors?: Array<{ filename: string; reason: string }> };
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return { ...base, status: 'not-run', reason: `bandit printed no JSON report: ${firstLine(run.stdout || run.stderr)}` };
  }
  if (!Array.isArray(report.results)) return { ...base, status: 'not-run', reason: 'bandit JSON report has no "results" array' };
  const problems = (report.errors ?? []).map((error) => `${toPosix(relative(corpusDir, error.filename))}: ${error.reason}`);
  const findings: ToolFinding[] = report.results.map((result) => {
    const cwes = banditCwes(result);
    if (cwes.length === 0) problems.push(`${result.test_id} has no CWE (issue_cwe) and is not in BANDIT_CWES`);
    const lines = result.line_range?.length ? result.line_range : [result.line_number];
    return { file: toPosix(relative(corpusDir, result.filename)), line: Math.min(...lines), endLine: Math.max(...lines), cwes, ruleId: result.test_id };
  });
  return { ...base, status: 'ran', version: version.stdout.split('\n')[0].replace(/^bandit\s*/, '').trim(), findings, problems };
}

function firstLine(value: unknown): string {
  const text = value instanceof Error ? value.message : String(value ?? '');
  return text.trim().split('\n')[0].slice(0, 200) || 'no output';
}
