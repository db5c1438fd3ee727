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
  return gate.mode === 'hard' && !finding.softFail ? 'blocking' : 'reported';
}

function emptyCounts(): Record<Severity, number> {
  return Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
}

export function evaluateGates(gates: readonly GateConfig[], findings: readonly Finding[], notices: readonly ScanNotice[]): GateVerdict[] {
  return gates.map((gate) => {
    const counts = emptyCounts();
    let suppressed = 0;
    let failing = 0;
    /** At or above fail-on, but the tool's configuration lets them through (Checkov soft-fail). */
    const softFailed: Finding[] = [];
    for (const finding of findings) {
      if (finding.gate !== gate.name) continue;
      if (finding.suppressed) {
        suppressed++;
        continue;
      }
      counts[finding.severity]++;
      if (severityRank(finding.severity) < severityRank(gate.failOn)) continue;
      if (finding.softFail) softFailed.push(finding);
      else failing++;
    }
    const errors = notices.filter((notice) => notice.level === 'error' && (!notice.scanner || gate.scanners.includes(notice.scanner)));
    const base = { gate: gate.name, stage: gate.stage, mode: gate.mode, failOn: gate.failOn, counts, suppressed };
    if (errors.length > 0) {
      const where = errors[0].file ? ` (${errors[0].file})` : '';
      const more = errors.length > 1 ? ` and ${errors.length - 1} more` : '';
      return { ...base, status: 'error', reason: `could not run: ${errors[0].message}${where}${more}` };
    }
    if (failing > 0) {
      const blocking = findings.filter((f) => f.gate === gate.name && !f.suppressed && !f.softFail && severityRank(f.severity) >= severityRank(gate.failOn));
      const parts = SEVERITIES.map((severity) => [severity, blocking.filter((f) => f.severity === severity).length] as const)
        .filter(([, count]) => count > 0)
        .map(([severity, count]) => `${count} ${severity.toUpperCase()}`);
      return { ...base, status: 'fail', reason: `${parts.join(', ')} at or above ${gate.failOn}` };
    }
    const total = SEVERITIES.reduce((sum, severity) => sum + counts[severity], 0);
    const below = total - softFailed.length;
    const reasons = [
      ...(softFailed.length > 0 ? [`${softFailed.length} soft-failed finding(s) (${softFailed[0].softFail})`] : []),
      ...(below > 0 ? [`${below} finding(s) below ${gate.failOn}`] : []),
    ];
    return { ...base, status: 'pass', reason: reasons.length > 0 ? reasons.join(', ') : 'no findings' };
  });
}

/** The verdict a pipeline acts on: error beats fail beats pass; soft gates never block. */
export function overallStatus(verdicts: readonly GateVerdict[]): 'pass' | 'fail' | 'error' {
  if (verdicts.some((verdict) => verdict.status === 'error')) return 'error';
  if (verdicts.some((verdict) => verdict.status === 'fail' && verdict.mode === 'hard')) return 'fail';
  return 'pass';
}
