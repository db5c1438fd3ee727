/**
 * Findings + gate config → one verdict per gate. A gate whose scanner could not run is `error`,
 * never `pass` (a notice without a scanner, such as a cancelled scan, errors every gate); suppressed findings are counted apart and never fail a gate.
 */
import { SEVERITIES, severityRank, type Finding, type GateConfig, type GateVerdict, type ScanNotice, type Severity } from '../types';

/** How a finding weighs in the pipeline, which is what the editor's severity shows. */
export type FindingImpact = 'blocking' | 'reported' | 'below-threshold' | 'suppressed';

export function findingImpact(finding: Finding, gate: GateConfig | undefined): FindingImpact {
  if (finding.suppressed) return 'suppressed';
  if (!gate) return 'below-threshold';
  if (severityRank(finding.severity) < severityRank(gate.failOn)) return 'below-threshold';
  return gate.mode === 'hard' ? 'blocking' : 'reported';
}

function emptyCounts(): Record<Severity, number> {
  return Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
}

export function evaluateGates(gates: readonly GateConfig[], findings: readonly Finding[], notices: readonly ScanNotice[]): GateVerdict[] {
  return gates.map((gate) => {
    const counts = emptyCounts();
    let suppressed = 0;
    let failing = 0;
    for (const finding of findings) {
      if (finding.gate !== gate.name) continue;
      if (finding.suppressed) {
        suppressed++;
        continue;
      }
      counts[finding.severity]++;
      if (severityRank(finding.severity) >= severityRank(gate.failOn)) failing++;
    }
    const errors = notices.filter((notice) => notice.level === 'error' && (!notice.scanner || gate.scanners.includes(notice.scanner)));
    const base = { gate: gate.name, stage: gate.stage, origin: gate.origin, mode: gate.mode, failOn: gate.failOn, counts, suppressed };
    if (errors.length > 0) {
      const where = errors[0].file ? ` (${errors[0].file})` : '';
      const more = errors.length > 1 ? ` and ${errors.length - 1} more` : '';
      return { ...base, status: 'error', reason: `could not run: ${errors[0].message}${where}${more}` };
    }
    if (failing > 0) {
      const parts = SEVERITIES.filter((severity) => counts[severity] > 0 && severityRank(severity) >= severityRank(gate.failOn)).map(
        (severity) => `${counts[severity]} ${severity.toUpperCase()}`,
      );
      return { ...base, status: 'fail', reason: `${parts.join(', ')} at or above ${gate.failOn}` };
    }
    const total = SEVERITIES.reduce((sum, severity) => sum + counts[severity], 0);
    return { ...base, status: 'pass', reason: total > 0 ? `${total} finding(s) below ${gate.failOn}` : 'no findings' };
  });
}

/** The verdict a pipeline acts on: error beats fail beats pass; soft gates never block. */
export function overallStatus(verdicts: readonly GateVerdict[]): 'pass' | 'fail' | 'error' {
  if (verdicts.some((verdict) => verdict.status === 'error')) return 'error';
  if (verdicts.some((verdict) => verdict.status === 'fail' && verdict.mode === 'hard')) return 'fail';
  return 'pass';
}
