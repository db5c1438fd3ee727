/** The report a person reads in five seconds: a gate table, then the findings that matter. */
import { findingImpact } from '../engine/gates/evaluate';
import { SEVERITIES, type VerdictStatus } from '../engine/types';
import { overall, sortedFindings, type GatesReport } from './report';

export interface TextOptions {
  color: boolean;
}

const ANSI = { red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function renderText(report: GatesReport, options: TextOptions = { color: false }): string {
  const paint = (code: keyof typeof ANSI, text: string) => (options.color ? `${ANSI[code]}${text}${ANSI.reset}` : text);
  const status = (value: VerdictStatus | 'pass' | 'fail' | 'error') =>
    value === 'pass' ? paint('green', 'PASS') : value === 'fail' ? paint('red', 'FAIL') : paint('yellow', 'ERROR');

  const SHORT: Record<string, string> = { critical: 'CRIT', high: 'HIGH', medium: 'MED', low: 'LOW', info: 'INFO' };
  const header = ['STAGE', 'GATE', 'MODE', 'FAIL-ON', 'VERDICT', ...SEVERITIES.map((s) => SHORT[s]), 'SKIPPED'];
  const rows = report.verdicts.map((verdict) => [
    verdict.stage,
    verdict.gate,
    verdict.mode,
    verdict.failOn,
    verdict.status,
    ...SEVERITIES.map((severity) => String(verdict.counts[severity])),
    String(verdict.suppressed),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[], colourStatus: boolean) =>
    cells
      .map((cell, column) => {
        const padded = column >= 5 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]);
        return colourStatus && column === 4 ? padded.replace(cell, status(cell as VerdictStatus)) : padded;
      })
      .join('  ')
      .trimEnd();

  const out: string[] = [];
  out.push(paint('bold', `Preflight gates: ${report.root} (${report.filesScanned} files scanned)`), '');
  out.push(line(header, false));
  for (const row of rows) out.push(line(row, true));
  out.push('');

  const gateByName = new Map(report.gates.map((gate) => [gate.name, gate]));
  // Skipped findings are listed after the others, with who skipped them and why: shown, not hidden.
  const sorted = sortedFindings(report.findings);
  const impactOf = (finding: (typeof sorted)[number]) => findingImpact(finding, gateByName.get(finding.gate));
  const shown = [...sorted.filter((finding) => impactOf(finding) !== 'suppressed'), ...sorted.filter((finding) => impactOf(finding) === 'suppressed')];
  if (shown.length > 0) out.push(paint('bold', 'Findings'));
  for (const finding of shown) {
    const impact = impactOf(finding);
    const mark = impact === 'blocking' ? paint('red', 'FAIL') : paint('dim', impact === 'reported' ? 'SOFT' : impact === 'suppressed' ? 'SKIP' : 'INFO');
    const where = `${finding.file}:${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
    const engines = finding.engines.length === 1 && finding.engines[0] === 'preflight' ? '' : `  [${finding.engines.join('+')}]`;
    const why = finding.suppressed
      ? `  (skipped by ${finding.suppressed.by}${finding.suppressed.reason ? `: ${finding.suppressed.reason}` : ''})`
      : impact === 'reported' && finding.softFail
        ? `  (${finding.softFail})`
        : '';
    out.push(`  ${mark}  ${finding.gate.padEnd(8)} ${finding.severity.padEnd(8)} ${where}  ${finding.ruleId}  ${finding.message}${engines}${why}`);
  }
  if (shown.length > 0) out.push('');
  for (const notice of report.notices) {
    const label = notice.level === 'error' ? paint('yellow', 'error') : notice.level;
    out.push(`  ${label}: ${notice.file ? `${notice.file}: ` : ''}${notice.message}`);
  }
  if (report.notices.length > 0) out.push('');

  const result = overall(report);
  const reasons = report.verdicts
    .filter((verdict) => verdict.status !== 'pass')
    .map((verdict) => `gate ${verdict.gate} (${verdict.mode}) ${verdict.status === 'error' ? 'could not run' : 'failed'}: ${verdict.reason}`);
  out.push(`Result: ${status(result)}${reasons.length > 0 ? ` — ${reasons.join('; ')}` : ' — every gate passed'}`);
  return `${out.join('\n')}\n`;
}
