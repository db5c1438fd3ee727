/**
 * What the gate report webview shows, shaped from the reports as plain data (no `vscode`, no
 * DOM): media/report.js only draws it. It reaches the webview by postMessage, never as HTML.
 */
import type { Severity, VerdictStatus } from '../../../server/src/shared/protocol';
import { isBaselined, overallOf, SEVERITY_ORDER, type ParsedReport } from '../gates/model';

export interface SeverityBar {
  severity: Severity;
  count: number;
  /** count / the largest count of any severity of any gate, 0..1: bars of all gates share one scale. */
  fraction: number;
}

export interface GateRow {
  folder: string;
  stage: string;
  gate: string;
  origin: string;
  mode: string;
  failOn: Severity;
  status: VerdictStatus;
  reason: string;
  /** Unsuppressed findings per severity, highest first (these decide the verdict). */
  bars: SeverityBar[];
  total: number;
  /** Findings that do not count: suppressed in the tools' syntax, or baselined. */
  suppressed: number;
  baselined: number;
}

export interface ReportViewData {
  overall: VerdictStatus | 'none';
  /** Shown under the title: when and how the data was made. */
  subtitle: string;
  multiRoot: boolean;
  severities: Severity[];
  gates: GateRow[];
  filesScanned: number;
  findings: number;
  notices: Array<{ folder: string; level: string; message: string; file: string | null }>;
}

export function shapeReport(reports: readonly ParsedReport[], subtitle: string): ReportViewData {
  const rows: GateRow[] = [];
  for (const { folderName, report } of reports) {
    for (const verdict of report.verdicts) {
      const gateFindings = report.findings.filter((finding) => finding.gate === verdict.gate);
      rows.push({
        folder: folderName,
        stage: verdict.stage,
        gate: verdict.gate,
        origin: verdict.origin,
        mode: verdict.mode,
        failOn: verdict.failOn,
        status: verdict.status,
        reason: verdict.reason,
        bars: SEVERITY_ORDER.map((severity) => ({ severity, count: verdict.counts[severity] ?? 0, fraction: 0 })),
        total: SEVERITY_ORDER.reduce((sum, severity) => sum + (verdict.counts[severity] ?? 0), 0),
        suppressed: verdict.suppressed,
        baselined: gateFindings.filter(isBaselined).length,
      });
    }
  }
  const largest = Math.max(0, ...rows.flatMap((row) => row.bars.map((bar) => bar.count)));
  for (const row of rows) for (const bar of row.bars) bar.fraction = largest > 0 ? bar.count / largest : 0;
  return {
    overall: overallOf(reports) ?? 'none',
    subtitle,
    multiRoot: reports.length > 1,
    severities: [...SEVERITY_ORDER],
    gates: rows,
    filesScanned: reports.reduce((sum, { report }) => sum + report.filesScanned, 0),
    findings: reports.reduce((sum, { report }) => sum + report.findings.length, 0),
    notices: reports.flatMap(({ folderName, report }) => report.notices.map((notice) => ({ folder: folderName, ...notice }))),
  };
}
