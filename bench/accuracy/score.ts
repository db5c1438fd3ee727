/**
 * Scoring: which cases each tool detects, the confusion counts per CWE class and per language,
 * precision / recall / F1, and the Markdown report. Pure functions over tool results, so the
 * arithmetic is tested without running any tool (test/accuracy-corpus.test.ts).
 */
import { CASE_LANGUAGES, CLASSES, classOfCwe, type Case, type CaseLanguage } from './corpus';

/** One finding of a tool, already reduced to what scoring needs. */
export interface ToolFinding {
  /** Path relative to the corpus folder, forward slashes. */
  file: string;
  /** 1-based first and last line of the finding. */
  line: number;
  endLine?: number;
  /** The CWEs the tool (or our documented mapping of its rule) gives the finding. */
  cwes: readonly number[];
  /** The tool's rule id, only for the verbose listing. */
  ruleId: string;
}

interface ToolBase {
  /** Column title. */
  tool: string;
  /** Languages the tool analyses: only cases in these are scored for it. */
  languages: readonly CaseLanguage[];
}

export type ToolResult =
  | (ToolBase & { status: 'ran'; version: string; findings: ToolFinding[]; /** Files it could not analyse and other warnings. */ problems: string[] })
  | (ToolBase & { status: 'not-run'; reason: string });

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** True positives with a finding of the class on the labelled sink line. */
  tpAtSink: number;
}

export interface Metrics {
  /** undefined when the tool flagged nothing (TP + FP = 0). */
  precision?: number;
  /** undefined when there is no vulnerable case (TP + FN = 0). */
  recall?: number;
  /** undefined when precision or recall is, or both are 0. */
  f1?: number;
}

export type Outcome = 'TP' | 'FP' | 'FN' | 'TN';

export interface CaseOutcome {
  case: Case;
  outcome: Outcome;
  /** For a TP: whether a finding of the class covers the sink line. */
  atSink?: boolean;
  /** The tool's findings in the file whose CWE belongs to the case's class. */
  matching: ToolFinding[];
}

export interface ToolScore {
  result: ToolResult;
  outcomes: CaseOutcome[];
  byClass: Map<string, Counts>;
  byLanguage: Map<CaseLanguage, Counts>;
  overall: Counts;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0, tpAtSink: 0 });

export function metrics(counts: Counts): Metrics {
  const flagged = counts.tp + counts.fp;
  const vulnerable = counts.tp + counts.fn;
  const precision = flagged > 0 ? counts.tp / flagged : undefined;
  const recall = vulnerable > 0 ? counts.tp / vulnerable : undefined;
  const f1 = precision !== undefined && recall !== undefined && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : undefined;
  return { precision, recall, f1 };
}

/** Whether a finding's CWEs put it in the class of the case. */
function countsFor(finding: ToolFinding, classId: string): boolean {
  return finding.cwes.some((cwe) => classOfCwe(cwe)?.id === classId);
}

function add(counts: Counts, outcome: CaseOutcome): void {
  if (outcome.outcome === 'TP') counts.tp++;
  else if (outcome.outcome === 'FP') counts.fp++;
  else if (outcome.outcome === 'FN') counts.fn++;
  else counts.tn++;
  if (outcome.atSink) counts.tpAtSink++;
}

/** Scores one tool on the cases in its languages (none when it did not run). */
export function scoreTool(cases: readonly Case[], result: ToolResult): ToolScore {
  const score: ToolScore = { result, outcomes: [], byClass: new Map(), byLanguage: new Map(), overall: emptyCounts() };
  if (result.status !== 'ran') return score;
  const byFile = new Map<string, ToolFinding[]>();
  for (const finding of result.findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  for (const item of cases) {
    if (!result.languages.includes(item.language)) continue;
    const matching = (byFile.get(item.path) ?? []).filter((finding) => countsFor(finding, item.classId));
    const detected = matching.length > 0;
    const outcome: CaseOutcome =
      item.verdict === 'vulnerable'
        ? { case: item, outcome: detected ? 'TP' : 'FN', matching }
        : { case: item, outcome: detected ? 'FP' : 'TN', matching };
    if (outcome.outcome === 'TP') {
      const sink = item.sinkLine!;
      outcome.atSink = matching.some((finding) => finding.line <= sink && sink <= (finding.endLine ?? finding.line));
    }
    score.outcomes.push(outcome);
    for (const counts of [
      getOrCreate(score.byClass, item.classId),
      getOrCreate(score.byLanguage, item.language),
      score.overall,
    ]) add(counts, outcome);
  }
  return score;
}

function getOrCreate<K>(map: Map<K, Counts>, key: K): Counts {
  let counts = map.get(key);
  if (!counts) map.set(key, (counts = emptyCounts()));
  return counts;
}

// ----------------------------------------------------------------------------------------------
// Report

const ratio = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(2));

function metricCell(counts: Counts | undefined): string {
  if (!counts) return 'n/a';
  const { precision, recall, f1 } = metrics(counts);
  return `${ratio(precision)} / ${ratio(recall)} / ${ratio(f1)}`;
}

function countCell(counts: Counts | undefined): string {
  if (!counts) return 'n/a';
  return `${counts.tp} / ${counts.fp} / ${counts.fn} / ${counts.tn} (sink ${counts.tpAtSink}/${counts.tp})`;
}

const notRun = (result: ToolResult) => (result.status === 'not-run' ? `not run: ${result.reason}` : undefined);

function row(cells: string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
}

export interface ReportOptions {
  /** Shown in the header (ISO time). */
  generatedAt: string;
  /** Adds the per-case disagreements. */
  verbose?: boolean;
}

/** The Markdown report: overall, per class, per language, and optionally per-case disagreements. */
export function renderReport(cases: readonly Case[], scores: readonly ToolScore[], options: ReportOptions): string {
  const vulnerable = cases.filter((item) => item.verdict === 'vulnerable').length;
  const tools = scores.map((score) => score.result.tool);
  const out: string[] = [
    '# SAST accuracy benchmark — results',
    '',
    '<!-- Generated by `npm run bench:accuracy` (bench/accuracy/run.ts). Do not edit by hand; re-run it. -->',
    '',
    `Generated ${options.generatedAt}. Corpus: ${cases.length} cases (${vulnerable} vulnerable, ${cases.length - vulnerable} safe) ` +
      `in ${CLASSES.length} CWE classes; see bench/accuracy/README.md for the labels and how a detection is counted.`,
    '',
    'Tools:',
    '',
    ...scores.map(({ result }) =>
      result.status === 'ran'
        ? `- **${result.tool}** ${result.version} — languages: ${result.languages.join(', ')}${result.problems.length ? `; ${result.problems.length} warning(s), see --verbose` : ''}`
        : `- **${result.tool}** — not run: ${result.reason}`,
    ),
    '',
    '## Overall (micro-averaged over the cases each tool analyses)',
    '',
    row(['Tool', 'Cases scored', 'Precision', 'Recall', 'F1', 'TP / FP / FN / TN', 'TP on the sink line']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:'])
  ];
  for (const score of scores) {
    const skipped = notRun(score.result);
    if (skipped) {
      out.push(row([score.result.tool, skipped, '', '', '', '', '']));
      continue;
    }
    const { precision, recall, f1 } = metrics(score.overall);
    const c = score.overall;
    out.push(row([score.result.tool, String(score.outcomes.length), ratio(precision), ratio(recall), ratio(f1), `${c.tp} / ${c.fp} / ${c.fn} / ${c.tn}`, `${c.tpAtSink} / ${c.tp}`]));
  }

  const classCell = (score: ToolScore, classId: string, cell: (counts: Counts | undefined) => string) => notRun(score.result) ?? cell(score.byClass.get(classId));
  const classTable = (title: string, explanation: string, cell: (counts: Counts | undefined) => string) => {
    out.push('', `## ${title}`, '', explanation, '', row(['CWE class', 'Cases (vuln / safe)', ...tools]), row(['---', '---:', ...tools.map(() => '---:')]));
    for (const weakness of CLASSES) {
      const members = cases.filter((item) => item.classId === weakness.id);
      const vuln = members.filter((item) => item.verdict === 'vulnerable').length;
      out.push(row([`${weakness.id} ${weakness.title}`, `${vuln} / ${members.length - vuln}`, ...scores.map((score) => classCell(score, weakness.id, cell))]));
    }
  };
  classTable('Per CWE class: precision / recall / F1', '"–": undefined (nothing flagged, or no vulnerable case scored); "n/a": the tool analyses none of the class\'s languages.', metricCell);
  classTable('Per CWE class: TP / FP / FN / TN', 'In brackets: true positives with a finding of the class on the labelled sink line.', countCell);

  out.push('', '## Per language: precision / recall / F1 (TP / FP / FN / TN)', '', row(['Language', 'Cases', ...tools]), row(['---', '---:', ...tools.map(() => '---')]));
  for (const language of CASE_LANGUAGES) {
    const count = cases.filter((item) => item.language === language).length;
    out.push(
      row([
        language,
        String(count),
        ...scores.map((score) => {
          const skipped = notRun(score.result);
          if (skipped) return skipped;
          const counts = score.byLanguage.get(language);
          return counts ? `${metricCell(counts)} (${counts.tp} / ${counts.fp} / ${counts.fn} / ${counts.tn})` : 'n/a';
        }),
      ]),
    );
  }

  if (options.verbose) out.push('', ...renderDisagreements(cases, scores));
  out.push('');
  return out.join('\n');
}

/** Cases where some tool that ran is wrong (FP / FN) or right only elsewhere in the file than the sink. */
export function renderDisagreements(cases: readonly Case[], scores: readonly ToolScore[]): string[] {
  const ran = scores.filter((score) => score.result.status === 'ran');
  const byTool = ran.map((score) => new Map(score.outcomes.map((outcome) => [outcome.case.path, outcome])));
  const out = ['## Per-case disagreements', '', 'Cases where a tool is wrong (FP, FN) or flags the file but not the sink line ("TP, off sink"). Matching findings in brackets.', ''];
  out.push(row(['Case', 'Label', ...ran.map((score) => score.result.tool)]), row(['---', '---', ...ran.map(() => '---')]));
  for (const item of cases) {
    const outcomes = byTool.map((map) => map.get(item.path));
    const interesting = outcomes.some((outcome) => outcome && (outcome.outcome === 'FP' || outcome.outcome === 'FN' || (outcome.outcome === 'TP' && !outcome.atSink)));
    if (!interesting) continue;
    const label = item.verdict === 'vulnerable' ? `vulnerable CWE-${item.cwe} @${item.sinkLine}` : `safe CWE-${item.cwe}`;
    out.push(
      row([
        item.path,
        label,
        ...outcomes.map((outcome) => {
          if (!outcome) return 'n/a';
          const text = outcome.outcome === 'TP' && !outcome.atSink ? 'TP, off sink' : outcome.outcome;
          const findings = outcome.matching.map((finding) => `${finding.ruleId}@${finding.line}`).join(', ');
          return findings ? `${text} (${findings})` : text;
        }),
      ]),
    );
  }
  for (const score of ran) {
    if (score.result.status === 'ran' && score.result.problems.length) {
      out.push('', `### ${score.result.tool}: warnings`, '', ...score.result.problems.map((problem) => `- ${problem}`));
    }
  }
  return out;
}
