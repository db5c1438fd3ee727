/**
 * The machine-readable report (`--format json`). Its `verdicts` are what the editor shows too,
 * so a pipeline and a developer see the same thing. Positions are 1-based, columns in UTF-16 units.
 */
import type { JsonReport } from '../shared/protocol';
import { overall, sortedFindings, type GatesReport } from './report';

export const JSON_REPORT_VERSION = 1;

export function renderJson(report: GatesReport): string {
  // Typed with the shared JsonReport so the editor's reading of this format cannot drift from it.
  const document: JsonReport = {
    version: JSON_REPORT_VERSION,
    tool: { name: 'preflight', version: report.toolVersion },
    overall: overall(report),
    ...(report.shard ? { shard: report.shard } : {}),
    verdicts: report.verdicts,
    filesScanned: report.filesScanned,
    findings: sortedFindings(report.findings).map((finding) => ({
      ruleId: finding.ruleId,
      gate: finding.gate,
      scanner: finding.scanner,
      severity: finding.severity,
      message: finding.message,
      file: finding.file,
      startLine: finding.range.start.line + 1,
      startColumn: finding.range.start.character + 1,
      endLine: finding.range.end.line + 1,
      endColumn: finding.range.end.character + 1,
      fingerprint: finding.fingerprint,
      engines: finding.engines,
      suppressed: finding.suppressed ?? null,
      softFail: finding.softFail ?? null,
    })),
    notices: report.notices.map(({ level, message, file }) => ({ level, message, file: file ?? null })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
