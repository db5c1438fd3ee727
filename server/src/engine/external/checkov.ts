/**
 * The pipeline's own Checkov, run next to the built-in IaC checks when it is installed and the
 * workspace is trusted: `checkov -d .` (workspace) or `checkov -f FILE` (a saved file) with a JSON
 * report on standard output, through the safe runner. The repository's Checkov configuration is
 * passed with `--config-file`, so Checkov applies its own skips, frameworks and external checks
 * (repository code that only Checkov ever runs). `--skip-download` keeps Checkov offline.
 *
 * Findings merge with the built-in ones: one finding per (check id, file, resource), naming both
 * engines; checks only Checkov reports appear as Checkov reports them. A crash, a timeout or a
 * report that cannot be read makes the iac gate error, never pass.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { applyCheckovConfig } from '../config/checkov';
import type { PreflightConfig } from '../config/preflight';
import { fingerprint } from '../fingerprint';
import type { Finding, ScanNotice, Severity } from '../types';
import { runTool, type ToolRun } from './runner';

export type CheckovRun = ToolRun;

export interface CheckovOutcome {
  version?: string;
  findings: ExternalCheck[];
  notices: ScanNotice[];
}

/** One failed (or skipped) check as Checkov reports it. */
export interface ExternalCheck {
  checkId: string;
  checkName: string;
  /** Workspace-relative path with forward slashes. */
  file: string;
  /** 1-based first and last line of the resource. */
  lineRange: [number, number];
  resource: string;
  severity?: Severity;
  guideline?: string;
  /** Set for `skipped_checks`: the skip comment's reason. */
  skipped?: { reason?: string };
}

/** Each check record in `results.failed_checks[]` / `skipped_checks[]` (the fields Preflight reads). */
interface CheckRecord {
  check_id?: unknown;
  check_name?: unknown;
  file_path?: unknown;
  file_abs_path?: unknown;
  file_line_range?: unknown;
  resource?: unknown;
  severity?: unknown;
  guideline?: unknown;
  check_result?: { result?: unknown; suppress_comment?: unknown } | null;
}

const MAX_OUTPUT = 128 * 1024 * 1024;
const versions = new Map<string, Promise<string | undefined>>();

/** `checkov --version`, once per binary. */
export function checkovVersion(binary: string): Promise<string | undefined> {
  let version = versions.get(binary);
  if (!version) {
    version = runTool(binary, ['--version'], { timeoutMs: 60_000, maxOutputBytes: 4096 }).then((result) =>
      result.exitCode === 0 ? (/\d+\.\d+\.\d+\S*/.exec(result.stdout)?.[0] ?? (result.stdout.trim() || undefined)) : undefined,
    );
    versions.set(binary, version);
  }
  return version;
}

/** The argument array for one run (never a shell string). */
export function checkovArgs(run: Pick<CheckovRun, 'root' | 'target' | 'config'>): string[] {
  const args = run.target === '.' ? ['-d', '.'] : ['-f', run.target];
  args.push('-o', 'json', '--skip-download');
  if (run.config.checkov) args.push('--config-file', join(run.root, run.config.checkov.file));
  return args;
}

export async function runCheckov(run: CheckovRun): Promise<CheckovOutcome> {
  const version = await checkovVersion(run.binary);
  const label = `Checkov${version ? ` ${version}` : ''}`;
  const problem = (message: string): CheckovOutcome => ({ version, findings: [], notices: [{ level: 'error', scanner: 'iac', message: `${label} ${message}` }] });
  const result = await runTool(run.binary, checkovArgs(run), { cwd: run.root, timeoutMs: run.timeoutMs ?? 300_000, maxOutputBytes: MAX_OUTPUT, signal: run.signal });
  if (result.failure) return problem(result.failure);
  // 0: nothing failed (or soft-fail); 1: some check failed. Anything else is Checkov failing.
  if (result.exitCode !== 0 && result.exitCode !== 1) return problem(`exited with code ${result.exitCode}: ${lastLine(result.stderr || result.stdout)}`);
  let report: ParsedReport;
  try {
    report = parseCheckovReport(result.stdout, run.root);
  } catch (error) {
    return problem(`printed a report Preflight cannot read: ${(error as Error).message}`);
  }
  const notices: ScanNotice[] = report.parsingErrors.map((file) => ({
    level: 'warning',
    file,
    message: `${label} could not parse this file, so its checks did not run on it`,
  }));
  const failed = report.checks.filter((check) => !check.skipped).length;
  notices.push({ level: 'info', scanner: 'iac', message: `${label} ran: ${failed} failed check(s), ${report.checks.length - failed} skipped` });
  return { version, findings: report.checks, notices };
}

export interface ParsedReport {
  checks: ExternalCheck[];
  /** Workspace-relative files Checkov could not parse. */
  parsingErrors: string[];
}

/**
 * Reads Checkov's JSON report: one object per framework (`check_type`, `results`, `summary`), or a
 * list of them when several frameworks ran; with nothing to scan, a bare summary or an empty list.
 * Throws on anything else.
 */
export function parseCheckovReport(stdout: string, root: string): ParsedReport {
  const document = parseJson(stdout);
  const reports = Array.isArray(document) ? document : [document];
  const checks: ExternalCheck[] = [];
  const parsingErrors: string[] = [];
  for (const [index, report] of reports.entries()) {
    const where = reports.length > 1 ? ` (report #${index + 1})` : '';
    if (typeof report !== 'object' || report === null || Array.isArray(report)) throw new Error(`expected an object${where}`);
    const entry = report as { results?: unknown; summary?: unknown; check_type?: unknown };
    if (entry.results === undefined) {
      // The shape Checkov prints when it found nothing to scan: the summary alone.
      if (typeof entry.summary === 'object' || 'passed' in entry || 'failed' in entry) continue;
      throw new Error(`no \`results\`${where}`);
    }
    const results = entry.results as { failed_checks?: unknown; skipped_checks?: unknown; parsing_errors?: unknown };
    if (typeof results !== 'object' || results === null) throw new Error(`\`results\` is not an object${where}`);
    for (const [key, skipped] of [['failed_checks', false], ['skipped_checks', true]] as const) {
      const records = results[key] ?? [];
      if (!Array.isArray(records)) throw new Error(`\`results.${key}\` is not a list${where}`);
      for (const record of records as CheckRecord[]) checks.push(toCheck(record, root, skipped, `results.${key}${where}`));
    }
    if (Array.isArray(results.parsing_errors)) {
      for (const file of results.parsing_errors) if (typeof file === 'string') parsingErrors.push(workspacePath(root, file));
    }
  }
  return { checks, parsingErrors };
}

function parseJson(stdout: string): unknown {
  const text = stdout.trim();
  if (!text) throw new Error('nothing on standard output');
  try {
    return JSON.parse(text);
  } catch {
    // Some Checkov versions print a line or two of logging before the report.
    const start = text.search(/^[[{]/m);
    if (start > 0) {
      try {
        return JSON.parse(text.slice(start));
      } catch {
        // fall through to the error below
      }
    }
    throw new Error(`not JSON (starts with ${JSON.stringify(text.slice(0, 40))})`);
  }
}

const CHECKOV_SEVERITY: Record<string, Severity> = { CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'medium', LOW: 'low', INFO: 'info' };

function toCheck(record: CheckRecord, root: string, skipped: boolean, where: string): ExternalCheck {
  if (typeof record !== 'object' || record === null) throw new Error(`an entry of ${where} is not an object`);
  const { check_id: checkId, file_path: filePath, file_line_range: lines } = record;
  if (typeof checkId !== 'string' || !checkId) throw new Error(`an entry of ${where} has no \`check_id\``);
  const absolute = typeof record.file_abs_path === 'string' ? record.file_abs_path : undefined;
  if (typeof filePath !== 'string' && !absolute) throw new Error(`${checkId} in ${where} has no \`file_path\``);
  if (!Array.isArray(lines) || lines.length !== 2 || !lines.every((line) => Number.isInteger(line) && line >= 0)) {
    throw new Error(`${checkId} in ${where} has no \`file_line_range\` [first, last]`);
  }
  const severity = typeof record.severity === 'string' ? CHECKOV_SEVERITY[record.severity.toUpperCase()] : undefined;
  const comment = record.check_result?.suppress_comment;
  return {
    checkId,
    checkName: typeof record.check_name === 'string' ? record.check_name : checkId,
    file: absolute && isAbsolute(absolute) && !relative(root, absolute).startsWith('..') ? workspacePath(root, absolute) : workspacePath(root, String(filePath)),
    lineRange: [Math.max(lines[0] as number, 1), Math.max(lines[1] as number, lines[0] as number, 1)],
    resource: typeof record.resource === 'string' ? record.resource : '',
    severity,
    guideline: typeof record.guideline === 'string' && /^https?:\/\//.test(record.guideline) ? record.guideline : undefined,
    skipped: skipped ? { reason: typeof comment === 'string' && comment.trim() ? comment.trim() : undefined } : undefined,
  };
}

/** Checkov prints `/dir/main.tf` for `-d .`, the path given for `-f`, or an absolute path. */
function workspacePath(root: string, file: string): string {
  if (isAbsolute(file) && !relative(root, file).startsWith('..') && file.startsWith(root)) return relative(root, file).split(sep).join('/');
  return file.replace(/\\/g, '/').replace(/^\.?\/+/, '');
}

function lastLine(text: string): string {
  return text.trim().split(/\r?\n/).pop()?.slice(0, 300) ?? '';
}

/**
 * Merges Checkov's checks into the findings: a built-in iac finding of the same check, in the same
 * file, inside the resource's line range gains `checkov` as an engine; the rest become findings of
 * their own (their first line, title from Checkov's check name), with the repository's Checkov
 * configuration applied (soft-fail) as for built-in findings. `severityOf` gives Preflight's
 * severity for a check id it knows.
 */
export function mergeCheckov(
  findings: Finding[],
  external: ExternalCheck[],
  options: { gate: string; version?: string; config: PreflightConfig; root: string; severityOf(checkId: string): Severity | undefined },
): Finding[] {
  const merged = findings.map((finding) => ({ ...finding, engines: [...finding.engines] }));
  const additions: Finding[] = [];
  const seen = new Set<string>();
  for (const check of external) {
    const key = `${check.checkId}\0${check.file}\0${check.resource}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [first, last] = check.lineRange;
    const same = merged.find(
      (finding) =>
        finding.scanner === 'iac' &&
        finding.ruleId === check.checkId &&
        finding.file === check.file &&
        finding.range.start.line >= first - 1 &&
        finding.range.start.line <= last - 1,
    );
    if (same) {
      if (!same.engines.includes('checkov')) same.engines.push('checkov');
      continue;
    }
    const line = first - 1;
    const lineText = readLine(options.root, check.file, line);
    const indent = /^\s*/.exec(lineText)![0].length;
    const guide = check.guideline ? ` — ${check.guideline}` : '';
    const finding: Finding = {
      ruleId: check.checkId,
      scanner: 'iac',
      gate: options.gate,
      severity: check.severity ?? options.severityOf(check.checkId) ?? 'medium',
      message: `${check.checkName}${check.resource ? ` (${check.resource})` : ''}: reported by Checkov${options.version ? ` ${options.version}` : ''}${guide}`,
      file: check.file,
      range: { start: { line, character: indent }, end: { line, character: Math.max(lineText.length, indent) } },
      fingerprint: fingerprint(check.file, check.checkId, check.resource || `${first}`, 0),
      engines: ['checkov'],
      fixes: [],
      ...(check.skipped ? { suppressed: { by: 'checkov:skip', reason: check.skipped.reason } } : {}),
    };
    const configured = options.config.checkov ? applyCheckovConfig(finding, options.config.checkov) : finding;
    if (configured) additions.push(configured);
  }
  return [...merged, ...additions];
}

function readLine(root: string, file: string, line: number): string {
  try {
    return readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, '').split('\n')[line]?.replace(/\r$/, '') ?? '';
  } catch {
    return '';
  }
}
