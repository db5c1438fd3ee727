/**
 * What every report is made of: the result of running the gates over a tree.
 * Reporters turn it into text, JSON or SARIF; they never call back into scanners.
 */
import { overallStatus } from '../engine/gates/evaluate';
import type { RuleRegistry } from '../engine/rules';
import type { Finding, GateConfig, GateVerdict, ScanNotice } from '../engine/types';

export interface GatesReport {
  /** Absolute path of the scanned root. */
  root: string;
  gates: GateConfig[];
  verdicts: GateVerdict[];
  findings: Finding[];
  notices: ScanNotice[];
  filesScanned: number;
  rules: RuleRegistry;
  toolVersion: string;
  /** Set when this report covers one part of the files (`--shard I/N`). */
  shard?: { index: number; count: number };
}

export function overall(report: Pick<GatesReport, 'verdicts'>): 'pass' | 'fail' | 'error' {
  return overallStatus(report.verdicts);
}

/** Findings in a stable order: file, then position, then rule. */
export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
