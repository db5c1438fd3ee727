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
    const softFailed = emptyCounts();
    let suppressed = 0;
    for (const finding of findings) {
      if (finding.gate !== gate.name) continue;
      if (finding.suppressed) {
        suppressed++;
        continue;
      }
      counts[finding.severity]++;
      // At or above fail-on, but the tool's configuration lets it through (Checkov soft-fail).
      if (finding.softFail) softFailed[finding.severity]++;
    }
    const errors = notices.filter((notice) => notice.level === 'error' && (!notice.scanner || gate.scanners.includes(notice.scanner)));
    let error: string | undefined;
    if (errors.length > 0) {
      const where = errors[0].file ? ` (${errors[0].file})` : '';
      const more = errors.length > 1 ? ` and ${errors.length - 1} more` : '';
      error = `could not run: ${errors[0].message}${where}${more}`;
    }
    return decide({ gate: gate.name, stage: gate.stage, origin: gate.origin, mode: gate.mode, failOn: gate.failOn }, counts, softFailed, suppressed, error);
  });
}

type GateIdentity = Pick<GateVerdict, 'gate' | 'stage' | 'origin' | 'mode' | 'failOn'>;

/**
 * The verdict from a gate's counts: error when it could not run, fail when findings at or above
 * its threshold are not soft-failed, else pass. Only counts go in, so shard verdicts can be merged.
 */
function decide(identity: GateIdentity, counts: Record<Severity, number>, softFailed: Record<Severity, number>, suppressed: number, error: string | undefined): GateVerdict {
  const base = { ...identity, counts, softFailed, suppressed };
  if (error) return { ...base, status: 'error', reason: error };
  const atOrAbove = (severity: Severity) => severityRank(severity) >= severityRank(identity.failOn);
  const failing = SEVERITIES.filter((severity) => atOrAbove(severity) && counts[severity] - softFailed[severity] > 0);
  if (failing.length > 0) {
    return { ...base, status: 'fail', reason: `${failing.map((severity) => `${counts[severity] - softFailed[severity]} ${severity.toUpperCase()}`).join(', ')} at or above ${identity.failOn}` };
  }
  const soft = SEVERITIES.reduce((sum, severity) => sum + (atOrAbove(severity) ? softFailed[severity] : 0), 0);
  const below = SEVERITIES.reduce((sum, severity) => sum + (atOrAbove(severity) ? 0 : counts[severity]), 0);
  const reasons = [...(soft > 0 ? [`${soft} soft-failed finding(s)`] : []), ...(below > 0 ? [`${below} finding(s) below ${identity.failOn}`] : [])];
  return { ...base, status: 'pass', reason: reasons.length > 0 ? reasons.join(', ') : 'no findings' };
}

/**
 * The verdicts of one run over all files from the verdicts of runs over disjoint parts of them
 * (CI shards): counts add up, a gate in error anywhere is in error. Gates must agree across parts.
 */
export function mergeVerdicts(parts: ReadonlyArray<readonly GateVerdict[]>): GateVerdict[] {
  const [first = []] = parts;
  return first.map((gate) => {
    const counts = emptyCounts();
    const softFailed = emptyCounts();
    let suppressed = 0;
    let error: string | undefined;
    for (const part of parts) {
      const same = part.find((verdict) => verdict.gate === gate.gate);
      if (!same || same.mode !== gate.mode || same.failOn !== gate.failOn || same.stage !== gate.stage) {
        throw new Error(`gate ${gate.gate} is not configured the same way in every part; were they produced from the same commit and configuration?`);
      }
      for (const severity of SEVERITIES) {
        counts[severity] += same.counts[severity];
        softFailed[severity] += same.softFailed?.[severity] ?? 0;
      }
      suppressed += same.suppressed;
      if (same.status === 'error') error ??= same.reason;
    }
    return decide(gate, counts, softFailed, suppressed, error);
  });
}

/** The verdict a pipeline acts on: error beats fail beats pass; soft gates never block. */
export function overallStatus(verdicts: readonly GateVerdict[]): 'pass' | 'fail' | 'error' {
  if (verdicts.some((verdict) => verdict.status === 'error')) return 'error';
  if (verdicts.some((verdict) => verdict.status === 'fail' && verdict.mode === 'hard')) return 'fail';
  return 'pass';
}
