/**
 * `npm run bench:accuracy`: Preflight's SAST scanner, eslint-plugin-security and bandit on the
 * same labelled corpus (bench/accuracy/corpus), scored by CWE class: precision, recall and F1 per
 * class, per language and overall (micro-averaged). Prints the Markdown report and writes it to
 * bench/accuracy/RESULTS.md.
 *
 *   node --import tsx bench/accuracy/run.ts [--verbose]
 *
 * --verbose adds every case where a tool is wrong or flags the file away from the sink line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../server/src/engine/config/preflight';
import { Engine } from '../../server/src/engine/engine';
import { CASE_LANGUAGES, CORPUS_DIR, loadCorpus, type Case } from './corpus';
import { runBandit, runEslintSecurity } from './peers';
import { renderReport, scoreTool, type ToolFinding, type ToolResult } from './score';

const RESULTS = join(__dirname, 'RESULTS.md');

/** Preflight's engine in process, SAST gate only; each finding's CWEs come from its rule. */
async function runPreflight(cases: readonly Case[], corpusDir: string): Promise<ToolResult> {
  const base = { tool: 'Preflight', languages: CASE_LANGUAGES };
  let engine: Engine;
  try {
    engine = await Engine.create();
  } catch (error) {
    return { ...base, status: 'not-run', reason: `the engine did not start: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    const config = parseConfig('gates:\n  sast:\n    scanners: [sast]\n', 'preflight.yml');
    const findings: ToolFinding[] = [];
    const problems: string[] = [];
    for (const item of cases) {
      const source = Engine.source(item.path, readFileSync(join(corpusDir, item.path), 'utf8'));
      const result = engine.scanSource(source, { config, fixes: false });
      for (const notice of result.notices) problems.push(`${item.path}: ${notice.level}: ${notice.message}`);
      for (const finding of result.findings) {
        if (finding.suppressed) continue;
        const rule = engine.rules.get(finding.ruleId);
        if (!rule?.cwe?.length) problems.push(`${item.path}: rule ${finding.ruleId} declares no CWE`);
        findings.push({ file: item.path, line: finding.range.start.line + 1, endLine: finding.range.end.line + 1, cwes: rule?.cwe ?? [], ruleId: finding.ruleId });
      }
    }
    const version = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
    const sastRules = engine.rules.ofScanner('sast').length;
    return { ...base, status: 'ran', version: `${version} (${sastRules} SAST rules)`, findings, problems };
  } finally {
    engine.dispose();
  }
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const cases = loadCorpus(CORPUS_DIR);
  const results = [await runPreflight(cases, CORPUS_DIR), await runEslintSecurity(CORPUS_DIR), runBandit(CORPUS_DIR)];
  const scores = results.map((result) => scoreTool(cases, result));
  const report = renderReport(cases, scores, { generatedAt: new Date().toISOString(), verbose });
  process.stdout.write(report);
  writeFileSync(RESULTS, report);
  console.log(`\nWritten to ${RESULTS}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
