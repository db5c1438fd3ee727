/**
 * The pipeline's own gitleaks, run next to the built-in rules when it is installed and the
 * workspace is trusted: `gitleaks dir` with `--redact` and a JSON report, through the safe
 * runner. Its findings merge with the built-in ones (one finding per secret, listing the
 * engines that reported it); a crash, a timeout or an unreadable report is an error, never a pass.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_EXCLUDES, type PreflightConfig } from '../config/preflight';
import { fingerprint } from '../fingerprint';
import type { Finding, ScanNotice } from '../types';
import { runTool, type ToolRun } from './runner';

export type GitleaksRun = ToolRun;

export interface GitleaksOutcome {
  version?: string;
  /** Findings as gitleaks reports them (secrets redacted). */
  findings: ExternalSecret[];
  notices: ScanNotice[];
}

export interface ExternalSecret {
  ruleId: string;
  file: string;
  /** 0-based line; UTF-16 columns of the match on that line. */
  line: number;
  start: number;
  end: number;
  gitleaksFingerprint: string;
}

interface ReportEntry {
  RuleID: string;
  File: string;
  StartLine: number;
  StartColumn: number;
  EndLine: number;
  EndColumn: number;
  Fingerprint: string;
}

const MAX_OUTPUT = 64 * 1024 * 1024;
const versions = new Map<string, Promise<string | undefined>>();

/** `gitleaks version`, once per binary. */
export function gitleaksVersion(binary: string): Promise<string | undefined> {
  let version = versions.get(binary);
  if (!version) {
    version = runTool(binary, ['version'], { timeoutMs: 30_000, maxOutputBytes: 4096 }).then((result) =>
      result.exitCode === 0 ? (/v?\d+\.\d+\.\d+\S*/.exec(result.stdout)?.[0] ?? result.stdout.trim()) : undefined,
    );
    versions.set(binary, version);
  }
  return version;
}

export async function runGitleaks(run: GitleaksRun): Promise<GitleaksOutcome> {
  const version = await gitleaksVersion(run.binary);
  const label = `gitleaks${version ? ` ${version}` : ''}`;
  const reportDir = mkdtempSync(join(tmpdir(), 'preflight-gitleaks-'));
  try {
    const report = join(reportDir, 'report.json');
    const args = ['dir', run.target, '--report-format', 'json', '--report-path', report, '--redact', '--no-banner', '--exit-code', '0', '--log-level', 'error'];
    // The repository's own configuration, plus Preflight's excludes as a path allowlist so that
    // gitleaks does not spend its time in node_modules or other excluded folders.
    const configPath = join(reportDir, 'preflight-gitleaks.toml');
    writeFileSync(configPath, excludesConfig(run.config, run.config.gitleaks ? join(run.root, run.config.gitleaks.file) : undefined));
    args.push('--config', configPath);
    if (run.config.gitleaksIgnore) args.push('--gitleaks-ignore-path', join(run.root, '.gitleaksignore'));
    const result = await runTool(run.binary, args, { cwd: run.root, timeoutMs: run.timeoutMs ?? 120_000, maxOutputBytes: MAX_OUTPUT, signal: run.signal });
    const problem = (message: string): GitleaksOutcome => ({ version, findings: [], notices: [{ level: 'error', scanner: 'secrets', message: `${label} ${message}` }] });
    if (result.failure) return problem(result.failure);
    if (result.exitCode !== 0) return problem(`exited with code ${result.exitCode}: ${lastLine(result.stderr || result.stdout)}`);
    let entries: ReportEntry[];
    try {
      entries = JSON.parse(readFileSync(report, 'utf8')) as ReportEntry[];
      if (!Array.isArray(entries) || entries.some((entry) => typeof entry?.RuleID !== 'string' || typeof entry.File !== 'string' || typeof entry.StartLine !== 'number')) {
        throw new Error('not a gitleaks JSON report');
      }
    } catch (error) {
      return problem(`wrote a report Preflight cannot read: ${(error as Error).message}`);
    }
    const findings = entries.map((entry) => toExternal(run.root, entry));
    return { version, findings, notices: [{ level: 'info', scanner: 'secrets', message: `${label} ran: ${findings.length} finding(s)` }] };
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

/** A gitleaks config that extends the repository's (or the defaults) and allowlists the excluded paths. */
export function excludesConfig(config: PreflightConfig, repositoryConfig: string | undefined): string {
  const literal = (text: string) => `'''${text}'''`;
  const extend = repositoryConfig ? `[extend]\npath = ${literal(repositoryConfig)}\n` : '[extend]\nuseDefault = true\n';
  const paths = [...DEFAULT_EXCLUDES, ...config.exclude].map((glob) => literal(globToGoRegex(glob)));
  return `# Written by Preflight for one gitleaks run.\n${extend}\n[[allowlists]]\ndescription = "Paths Preflight excludes"\npaths = [${paths.join(', ')}]\n`;
}

/** A glob (`**`, `*`, `?`) as an anchored Go regular expression over a slash-separated relative path. */
export function globToGoRegex(glob: string): string {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      pattern += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') pattern += '[^/]*';
    else if (char === '?') pattern += '[^/]';
    else pattern += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return `^(?:\\./)?${pattern}$`;
}

function lastLine(text: string): string {
  return text.trim().split(/\r?\n/).pop()?.slice(0, 300) ?? '';
}

/** gitleaks counts 1-based byte columns; editors count UTF-16 units. Convert with the line's text when readable. */
function toExternal(root: string, entry: ReportEntry): ExternalSecret {
  const file = entry.File.replace(/\\/g, '/').replace(/^\.\//, '');
  const line = Math.max(entry.StartLine - 1, 0);
  let start = Math.max(entry.StartColumn - 1, 0);
  let end = entry.EndLine === entry.StartLine ? entry.EndColumn : start + 1;
  try {
    const text = readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, '').split('\n')[line] ?? '';
    const bytes = Buffer.from(text, 'utf8');
    start = bytes.subarray(0, start).toString('utf8').length;
    end = bytes.subarray(0, end).toString('utf8').length;
  } catch {
    // The file went away: keep gitleaks' columns.
  }
  return { ruleId: entry.RuleID, file, line, start, end, gitleaksFingerprint: entry.Fingerprint };
}

/**
 * Merges gitleaks' findings into the built-in ones: a built-in secrets finding on the same line
 * whose range overlaps gains `gitleaks` as an engine; the rest become findings of their own.
 */
export function mergeGitleaks(findings: Finding[], external: ExternalSecret[], gate: string | undefined, version: string | undefined): Finding[] {
  const merged = findings.map((finding) => ({ ...finding, engines: [...finding.engines] }));
  const additions: Finding[] = [];
  for (const secret of external) {
    const same = merged.find(
      (finding) =>
        finding.scanner === 'secrets' &&
        finding.file === secret.file &&
        finding.range.start.line === secret.line &&
        finding.range.start.character < secret.end &&
        secret.start < finding.range.end.character + (finding.range.end.line > secret.line ? Number.MAX_SAFE_INTEGER : 0),
    );
    if (same) {
      if (!same.engines.includes('gitleaks')) same.engines.push('gitleaks');
      continue;
    }
    additions.push({
      ruleId: secret.ruleId,
      scanner: 'secrets',
      gate: gate ?? 'secrets',
      severity: 'high',
      message: `${secret.ruleId}: reported by gitleaks${version ? ` ${version}` : ''} (value redacted)`,
      file: secret.file,
      range: { start: { line: secret.line, character: secret.start }, end: { line: secret.line, character: secret.end } },
      fingerprint: fingerprint(secret.file, secret.ruleId, secret.gitleaksFingerprint, 0),
      engines: ['gitleaks'],
      fixes: [],
    });
  }
  return [...merged, ...additions];
}
