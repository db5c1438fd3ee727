/**
 * The Pipeline Gates view as plain data: reports in (what `preflight gates --format json` prints,
 * one per workspace folder), a tree of nodes out. No `vscode` here, so node:test can check it;
 * `view.ts` turns the nodes into TreeItems.
 */
import type { FolderReport, GateVerdict, JsonFinding, JsonReport, Severity, VerdictStatus } from '../../../server/src/shared/protocol';

/** Highest first, as the engine orders them (`SEVERITIES`); repeated here because the client imports no engine code. */
export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export interface ParsedReport {
  folderUri: string;
  /** The folder's last path segment, for multi-root labels. */
  folderName: string;
  report: JsonReport;
}

/** Parses each folder's JSON report; a report of an unknown version is an error, not a guess. */
export function parseReports(reports: readonly FolderReport[]): ParsedReport[] {
  return reports.map(({ folderUri, json }) => {
    const report = JSON.parse(json) as JsonReport;
    if (report.version !== 1 || !Array.isArray(report.verdicts) || !Array.isArray(report.findings)) {
      throw new Error(`unsupported Preflight report (version ${String(report.version)}) for ${folderUri}`);
    }
    return { folderUri, folderName: decodeURIComponent(folderUri.replace(/\/+$/, '').split('/').pop() ?? folderUri), report };
  });
}

export interface FindingFilter {
  /** Findings below this severity are hidden. */
  minSeverity: Severity;
  /** Hide findings accepted in `.preflight/baseline.json` (`suppressed.by === 'baseline'`). */
  newOnly: boolean;
}

export const NO_FILTER: FindingFilter = { minSeverity: 'info', newOnly: false };

/** Codicon ids and theme colour ids; view.ts maps them to ThemeIcon/ThemeColor. */
export interface NodeIcon {
  id: string;
  color?: string;
}

/** Where clicking a finding goes: 1-based lines and columns, as in the JSON report. */
export interface OpenTarget {
  folderUri: string;
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface ViewNode {
  /** Stable across runs (the tree keeps expansion and selection by it). */
  id: string;
  kind: 'folder' | 'stage' | 'gate' | 'finding' | 'message';
  label: string;
  description?: string;
  tooltip: string;
  icon: NodeIcon;
  /** Drives the context menu (`view/item/context` `when: viewItem == …`). */
  contextValue: string;
  children: ViewNode[];
  /** Start expanded (the first time VS Code sees this id). */
  expanded: boolean;
  open?: OpenTarget;
  /** For "Accept into Baseline…" on a finding. */
  fingerprint?: string;
}

const VERDICT_ICONS: Record<VerdictStatus, NodeIcon> = {
  pass: { id: 'pass', color: 'testing.iconPassed' },
  fail: { id: 'error', color: 'testing.iconFailed' },
  error: { id: 'warning', color: 'problemsWarningIcon.foreground' },
};

export function severityIcon(severity: Severity): NodeIcon {
  if (severity === 'critical' || severity === 'high') return { id: 'error', color: 'problemsErrorIcon.foreground' };
  if (severity === 'medium') return { id: 'warning', color: 'problemsWarningIcon.foreground' };
  return { id: 'info', color: 'problemsInfoIcon.foreground' };
}

export function severityRankOf(severity: Severity): number {
  return SEVERITY_ORDER.length - SEVERITY_ORDER.indexOf(severity);
}

export function isBaselined(finding: JsonFinding): boolean {
  return finding.suppressed?.by === 'baseline';
}

/** Whether the filter lets a finding through. */
export function passesFilter(finding: JsonFinding, filter: FindingFilter): boolean {
  if (filter.newOnly && isBaselined(finding)) return false;
  return severityRankOf(finding.severity) >= severityRankOf(filter.minSeverity);
}

/** The worst of several verdicts: error beats fail beats pass (as the pipeline decides). */
export function worstStatus(statuses: readonly VerdictStatus[]): VerdictStatus {
  if (statuses.includes('error')) return 'error';
  return statuses.includes('fail') ? 'fail' : 'pass';
}

function countsText(verdict: GateVerdict): string {
  const parts = SEVERITY_ORDER.filter((severity) => verdict.counts[severity] > 0).map((severity) => `${verdict.counts[severity]} ${severity}`);
  return parts.length ? parts.join(', ') : 'no findings';
}

/** "default" and "advisory" origins name no file; the others are `path:line`. */
export function originLocation(origin: string): { file: string; line: number } | undefined {
  const match = /^(.+):(\d+)$/.exec(origin);
  return match ? { file: match[1], line: Number(match[2]) } : undefined;
}

function gateNode(parentId: string, folderUri: string, verdict: GateVerdict, findings: JsonFinding[], filter: FindingFilter): ViewNode {
  const id = `${parentId}/gate:${verdict.gate}`;
  const shown = findings.filter((finding) => passesFilter(finding, filter));
  shown.sort(
    (a, b) =>
      Number(Boolean(a.suppressed)) - Number(Boolean(b.suppressed)) ||
      severityRankOf(b.severity) - severityRankOf(a.severity) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.startLine - b.startLine ||
      a.startColumn - b.startColumn,
  );
  const children: ViewNode[] = [];
  if (verdict.status === 'error') {
    children.push({ id: `${id}/reason`, kind: 'message', label: verdict.reason, tooltip: `The gate could not run: ${verdict.reason}`, icon: VERDICT_ICONS.error, contextValue: 'message', children: [], expanded: false });
  }
  children.push(...shown.map((finding) => findingNode(id, folderUri, finding)));
  const hidden = findings.length - shown.length;
  if (hidden > 0) {
    const why = [filter.minSeverity !== 'info' ? `below ${filter.minSeverity}` : '', filter.newOnly ? 'baselined' : ''].filter(Boolean).join(' or ');
    children.push({ id: `${id}/hidden`, kind: 'message', label: `${hidden} more finding(s) hidden by the filter (${why})`, tooltip: 'Change the filter in the view\'s title bar to show them.', icon: { id: 'filter' }, contextValue: 'message', children: [], expanded: false });
  }
  const origin = originLocation(verdict.origin);
  const suppressedText = verdict.suppressed > 0 ? `; ${verdict.suppressed} suppressed or baselined` : '';
  return {
    id,
    kind: 'gate',
    label: verdict.gate,
    description: `${verdict.status} · ${verdict.mode} · fail-on ${verdict.failOn} · ${verdict.origin}`,
    tooltip: [
      `Gate ${verdict.gate} (stage ${verdict.stage}): ${verdict.status.toUpperCase()}`,
      verdict.reason,
      `Findings: ${countsText(verdict)}${suppressedText}`,
      `Mode: ${verdict.mode}${verdict.mode === 'soft' ? ' (reported, never fails the pipeline)' : ''}; fails on ${verdict.failOn} and above`,
      `Defined in: ${verdict.origin === 'default' ? 'Preflight\'s defaults (no preflight.yml, no pipeline file)' : verdict.origin}`,
    ].join('\n'),
    icon: VERDICT_ICONS[verdict.status],
    contextValue: origin ? 'gate.withOrigin' : 'gate',
    children,
    expanded: verdict.status !== 'pass',
    open: origin ? { folderUri, file: origin.file, startLine: origin.line, startColumn: 1, endLine: origin.line, endColumn: 1 } : undefined,
  };
}

function findingNode(parentId: string, folderUri: string, finding: JsonFinding): ViewNode {
  const where = `${finding.file}:${finding.startLine}`;
  const suppression = finding.suppressed
    ? isBaselined(finding)
      ? `baselined${finding.suppressed.reason ? `: ${finding.suppressed.reason}` : ''}`
      : `skipped by ${finding.suppressed.by}${finding.suppressed.reason ? `: ${finding.suppressed.reason}` : ''}`
    : undefined;
  return {
    id: `${parentId}/finding:${finding.fingerprint}:${finding.file}:${finding.startLine}:${finding.startColumn}`,
    kind: 'finding',
    label: finding.message,
    description: `${suppression ? `${isBaselined(finding) ? 'baselined' : 'skipped'} · ` : ''}${finding.ruleId} · ${where}`,
    tooltip: [
      `${finding.severity.toUpperCase()} ${finding.ruleId}: ${finding.message}`,
      `${finding.file}:${finding.startLine}:${finding.startColumn}`,
      ...(suppression ? [`Does not count towards the verdict: ${suppression}`] : []),
      `Reported by: ${finding.engines.join(', ')}`,
    ].join('\n'),
    icon: finding.suppressed ? { id: isBaselined(finding) ? 'pass' : 'circle-slash', color: 'disabledForeground' } : severityIcon(finding.severity),
    contextValue: finding.suppressed ? 'finding.suppressed' : 'finding',
    children: [],
    expanded: false,
    open: { folderUri, file: finding.file, startLine: finding.startLine, startColumn: finding.startColumn, endLine: finding.endLine, endColumn: finding.endColumn },
    fingerprint: finding.fingerprint,
  };
}

function folderStages(parentId: string, parsed: ParsedReport, filter: FindingFilter): ViewNode[] {
  const { report, folderUri } = parsed;
  const stages = [...new Set(report.verdicts.map((verdict) => verdict.stage))];
  return stages.map((stage) => {
    const id = `${parentId}/stage:${stage}`;
    const verdicts = report.verdicts.filter((verdict) => verdict.stage === stage);
    const status = worstStatus(verdicts.map((verdict) => verdict.status));
    const passing = verdicts.filter((verdict) => verdict.status === 'pass').length;
    return {
      id,
      kind: 'stage',
      label: stage,
      description: `${status} · ${passing}/${verdicts.length} gate(s) pass`,
      tooltip: `Stage ${stage}: ${verdicts.map((verdict) => `${verdict.gate} ${verdict.status}`).join(', ')}`,
      icon: VERDICT_ICONS[status],
      contextValue: 'stage',
      children: verdicts.map((verdict) => gateNode(id, folderUri, verdict, report.findings.filter((finding) => finding.gate === verdict.gate), filter)),
      expanded: true,
    };
  });
}

/** The view's top level: stages, or one node per folder in a multi-root workspace. */
export function buildTree(reports: readonly ParsedReport[], filter: FindingFilter = NO_FILTER): ViewNode[] {
  if (reports.length === 1) return folderStages('root', reports[0], filter);
  return reports.map((parsed) => {
    const id = `folder:${parsed.folderUri}`;
    const { report } = parsed;
    return {
      id,
      kind: 'folder',
      label: parsed.folderName,
      description: `${report.overall} · ${report.filesScanned} files`,
      tooltip: `${parsed.folderName}: gates ${report.overall.toUpperCase()} over ${report.filesScanned} files`,
      icon: VERDICT_ICONS[report.overall],
      contextValue: 'folder',
      children: folderStages(id, parsed, filter),
      expanded: true,
    };
  });
}

/** The overall verdict over every folder, as the pipeline would decide it. */
export function overallOf(reports: readonly ParsedReport[]): VerdictStatus | undefined {
  return reports.length ? worstStatus(reports.map((parsed) => parsed.report.overall)) : undefined;
}

/** What the view's title shows about the active filter (empty when none). */
export function filterDescription(filter: FindingFilter): string {
  return [filter.minSeverity !== 'info' ? `≥ ${filter.minSeverity}` : '', filter.newOnly ? 'new only' : ''].filter(Boolean).join(' · ');
}
