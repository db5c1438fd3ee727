/**
 * Dependency audits by the tools pipelines run: `osv-scanner`, `npm audit` and `pip-audit`.
 * They ask vulnerability services over the network, so they run only when the user opts in
 * (`preflight gates --deps-audit`); Preflight itself makes no network call. Each runs through the
 * safe runner with an argument array; its JSON report becomes `deps-known-vulnerability`
 * findings on the manifest line of a direct dependency or the lock-file line of a transitive one,
 * merged with the built-in (offline advisory) findings by advisory id. A tool that fails puts the
 * deps gate in error with the tool's own words.
 */
import { join } from 'node:path';
import { baselineSuppression, type Baseline } from '../config/baseline';
import { directoryOf, joinPath, type DirectoryReader } from '../directory';
import { fingerprint } from '../fingerprint';
import { cvssSeverity, vulnerabilityBasis } from '../scanners/deps/advisories';
import { basename, isLockfile, normalisePythonName, parseLockfile, type Ecosystem } from '../scanners/deps/lockfiles';
import { manifestKind, parseManifest } from '../scanners/deps/manifests';
import { manifestNameFor } from '../scanners/deps/scanner';
import type { Finding, Range, ScanNotice, Severity } from '../types';
import { runTool } from './runner';

export const DEPS_AUDIT_RULE = 'deps-known-vulnerability';

export interface DepsAuditTools {
  osvScanner?: string;
  npm?: string;
  pipAudit?: string;
}

export interface DepsAuditRun {
  tools: DepsAuditTools;
  root: string;
  /** Workspace-relative manifests and lock files the scan saw (the tools' targets). */
  files: readonly string[];
  gate: string;
  directory: DirectoryReader;
  baseline?: Baseline;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** One vulnerable package as a tool reported it. */
export interface AuditedPackage {
  tool: 'osv-scanner' | 'npm audit' | 'pip-audit';
  ecosystem: Ecosystem;
  /** Workspace-relative lock file or manifest the tool read. */
  source: string;
  name: string;
  /** Undefined when the tool does not say (npm audit reports ranges): taken from the lock file. */
  version?: string;
  id: string;
  aliases: string[];
  summary: string;
  fixed?: string;
  severity?: Severity;
}

const MAX_OUTPUT = 64 * 1024 * 1024;
const NAMED_SEVERITIES: Record<string, Severity> = { critical: 'critical', high: 'high', moderate: 'medium', medium: 'medium', low: 'low', info: 'info' };
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

// ---------------------------------------------------------------------------------------------
// Report parsers: pure, so fixtures written from the tools' documentation test them.

/** `osv-scanner --format json`: results[].source.path, packages[].package, vulnerabilities[], groups[].max_severity. */
export function parseOsvScannerReport(text: string, toWorkspace: (path: string) => string): AuditedPackage[] {
  const report = JSON.parse(text) as unknown;
  if (!isObject(report) || !Array.isArray(report.results)) throw new Error('not an osv-scanner JSON report (no `results`)');
  const found: AuditedPackage[] = [];
  for (const result of report.results) {
    if (!isObject(result) || !isObject(result.source) || typeof result.source.path !== 'string') continue;
    const source = toWorkspace(result.source.path);
    for (const entry of Array.isArray(result.packages) ? result.packages : []) {
      if (!isObject(entry) || !isObject(entry.package)) continue;
      const pkg = entry.package;
      const ecosystem = pkg.ecosystem === 'npm' ? 'npm' : entry.package.ecosystem === 'PyPI' ? 'PyPI' : undefined;
      if (!ecosystem || typeof pkg.name !== 'string') continue;
      const groups = (Array.isArray(entry.groups) ? entry.groups : []).filter(isObject);
      for (const vulnerability of Array.isArray(entry.vulnerabilities) ? entry.vulnerabilities : []) {
        if (!isObject(vulnerability) || typeof vulnerability.id !== 'string') continue;
        const id = vulnerability.id;
        const group = groups.find((candidate) => strings(candidate.ids).includes(id));
        const score = Number(group?.max_severity);
        const named = isObject(vulnerability.database_specific) && typeof vulnerability.database_specific.severity === 'string' ? NAMED_SEVERITIES[vulnerability.database_specific.severity.toLowerCase()] : undefined;
        const fixed = (Array.isArray(vulnerability.affected) ? vulnerability.affected : [])
          .filter(isObject)
          .filter((affected) => !isObject(affected.package) || affected.package.name === pkg.name)
          .flatMap((affected) => (Array.isArray(affected.ranges) ? affected.ranges : []).filter(isObject))
          .flatMap((range) => (Array.isArray(range.events) ? range.events : []).filter(isObject))
          .map((event) => event.fixed)
          .find((value): value is string => typeof value === 'string');
        found.push({
          tool: 'osv-scanner',
          ecosystem,
          source,
          name: pkg.name,
          version: typeof pkg.version === 'string' ? pkg.version : undefined,
          id,
          aliases: strings(vulnerability.aliases),
          summary: typeof vulnerability.summary === 'string' ? vulnerability.summary : '',
          fixed,
          severity: named ?? (Number.isFinite(score) && group?.max_severity !== '' ? cvssSeverity(score) : undefined),
        });
      }
    }
  }
  return found;
}

/** `npm audit --json` (auditReportVersion 2): vulnerabilities[name].via[] advisories; `{ error }` when it failed. */
export function parseNpmAuditReport(text: string, source: string): AuditedPackage[] {
  const report = JSON.parse(text) as unknown;
  if (!isObject(report)) throw new Error('not an npm audit JSON report');
  if (isObject(report.error)) throw new Error([report.error.summary, report.error.detail].filter((part) => typeof part === 'string' && part).join(': ') || 'npm audit failed');
  if (!isObject(report.vulnerabilities)) throw new Error('not an npm audit JSON report (no `vulnerabilities`; npm 7 or later writes them)');
  const found: AuditedPackage[] = [];
  for (const [name, vulnerability] of Object.entries(report.vulnerabilities)) {
    if (!isObject(vulnerability)) continue;
    // `via` holds advisories (objects) and names of the vulnerable packages it depends on (strings).
    for (const via of Array.isArray(vulnerability.via) ? vulnerability.via : []) {
      if (!isObject(via) || via.name !== name) continue;
      const url = typeof via.url === 'string' ? via.url : '';
      const ghsa = /GHSA(-[23456789cfghjmpqrvwx]{4}){3}/.exec(url)?.[0];
      found.push({
        tool: 'npm audit',
        ecosystem: 'npm',
        source,
        name,
        id: ghsa ?? `npm-advisory-${String(via.source)}`,
        aliases: [],
        summary: typeof via.title === 'string' ? via.title : '',
        severity: typeof via.severity === 'string' ? NAMED_SEVERITIES[via.severity] : undefined,
      });
    }
  }
  return found;
}

/** `pip-audit -f json`: dependencies[].vulns[] with fix_versions and aliases (older releases print the list alone). */
export function parsePipAuditReport(text: string, source: string): AuditedPackage[] {
  const report = JSON.parse(text) as unknown;
  const dependencies = Array.isArray(report) ? report : isObject(report) && Array.isArray(report.dependencies) ? report.dependencies : undefined;
  if (!dependencies) throw new Error('not a pip-audit JSON report (no `dependencies`)');
  const found: AuditedPackage[] = [];
  for (const dependency of dependencies) {
    if (!isObject(dependency) || typeof dependency.name !== 'string') continue;
    for (const vulnerability of Array.isArray(dependency.vulns) ? dependency.vulns : []) {
      if (!isObject(vulnerability) || typeof vulnerability.id !== 'string') continue;
      found.push({
        tool: 'pip-audit',
        ecosystem: 'PyPI',
        source,
        name: normalisePythonName(dependency.name),
        version: typeof dependency.version === 'string' ? dependency.version : undefined,
        id: vulnerability.id,
        aliases: strings(vulnerability.aliases),
        summary: typeof vulnerability.description === 'string' ? vulnerability.description.split('\n')[0].slice(0, 200) : '',
        fixed: strings(vulnerability.fix_versions)[0],
      });
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Running the tools

/** The tool's own words when it fails: the last meaningful lines of its error output. */
function toolWords(stderr: string, stdout: string): string {
  const lines = (stderr || stdout).split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  return lines.slice(-3).join(' / ').slice(0, 500) || 'no output';
}

export async function runDepsAudits(run: DepsAuditRun): Promise<{ findings: Finding[]; notices: ScanNotice[] }> {
  const notices: ScanNotice[] = [];
  const audited: AuditedPackage[] = [];
  const options = { timeoutMs: run.timeoutMs ?? 300_000, maxOutputBytes: MAX_OUTPUT, signal: run.signal };
  const fail = (tool: string, words: string) => notices.push({ level: 'error', scanner: 'deps', message: `${tool} failed, so the deps gate could not use its audit: ${words}` });
  const toWorkspace = (path: string) => {
    const normalised = path.replace(/\\/g, '/');
    const root = run.root.replace(/\\/g, '/').replace(/\/$/, '');
    return normalised.startsWith(`${root}/`) ? normalised.slice(root.length + 1) : normalised;
  };

  if (run.tools.osvScanner) {
    // osv-scanner 1.x and 2.x both read these flags (2.x as `scan source`).
    const result = await runTool(run.tools.osvScanner, ['--format', 'json', '--recursive', '.'], { ...options, cwd: run.root });
    // 0: nothing found; 1: vulnerabilities found; 128: no packages found. Anything else is an error.
    if (result.failure || ![0, 1, 128].includes(result.exitCode ?? -1)) fail('osv-scanner', result.failure ?? toolWords(result.stderr, result.stdout));
    else if (result.exitCode !== 128) {
      try {
        audited.push(...parseOsvScannerReport(result.stdout, toWorkspace));
      } catch (error) {
        fail('osv-scanner', (error as Error).message);
      }
    }
  }
  if (run.tools.npm) {
    for (const lock of run.files.filter((file) => basename(file) === 'package-lock.json' || basename(file) === 'npm-shrinkwrap.json')) {
      const result = await runTool(run.tools.npm, ['audit', '--json', '--package-lock-only'], { ...options, cwd: join(run.root, directoryOf(lock)) });
      // npm audit exits non-zero when it finds vulnerabilities; its JSON says whether it failed.
      if (result.failure) {
        fail('npm audit', result.failure);
        continue;
      }
      try {
        audited.push(...parseNpmAuditReport(result.stdout, lock));
      } catch (error) {
        fail('npm audit', `${lock}: ${(error as Error).message}${result.stderr ? ` (${toolWords(result.stderr, '')})` : ''}`);
      }
    }
  }
  if (run.tools.pipAudit) {
    for (const requirements of run.files.filter((file) => manifestKind(file) === 'requirements' && file.endsWith('.txt'))) {
      const result = await runTool(run.tools.pipAudit, ['-r', requirements, '-f', 'json', '--progress-spinner', 'off'], { ...options, cwd: run.root });
      // 0: nothing found, 1: vulnerabilities found (or an error, with no JSON on stdout).
      if (result.failure || (result.exitCode !== 0 && result.exitCode !== 1)) {
        fail('pip-audit', result.failure ?? toolWords(result.stderr, result.stdout));
        continue;
      }
      try {
        audited.push(...parsePipAuditReport(result.stdout, requirements));
      } catch {
        fail('pip-audit', `${requirements}: ${toolWords(result.stderr, result.stdout)}`);
      }
    }
  }
  return { findings: auditFindings(audited, run), notices };
}

/** Places each reported package on its manifest or lock-file line, one finding per package, version and advisory. */
export function auditFindings(audited: readonly AuditedPackage[], run: Pick<DepsAuditRun, 'gate' | 'directory' | 'baseline'>): Finding[] {
  const byFingerprint = new Map<string, Finding>();
  for (const item of audited) {
    for (const place of locate(item, run.directory)) {
      const basis = vulnerabilityBasis(item.name, place.version, item.id, item.aliases);
      const print = fingerprint(place.file, DEPS_AUDIT_RULE, basis, 0);
      const existing = byFingerprint.get(print);
      if (existing) {
        if (!existing.engines.includes(item.tool)) existing.engines.push(item.tool);
        continue;
      }
      const aliases = item.aliases.length > 0 ? ` (${item.aliases.join(', ')})` : '';
      const fix = item.fixed ? `; fixed in ${item.fixed}` : '';
      byFingerprint.set(print, {
        ruleId: DEPS_AUDIT_RULE,
        scanner: 'deps',
        gate: run.gate,
        severity: item.severity ?? 'medium',
        message: `${item.name} ${place.version || '(version not in the lock file)'} is affected by ${item.id}${aliases}${item.summary ? `: ${item.summary}` : ''}${fix} (reported by ${item.tool})`,
        file: place.file,
        range: place.range,
        fingerprint: print,
        engines: [item.tool],
        fixes: [],
        suppressed: baselineSuppression(run.baseline, print),
      });
    }
  }
  return [...byFingerprint.values()];
}

interface Place {
  file: string;
  range: Range;
  version: string;
}

function lineRange(text: string, line: number): Range {
  const length = (text.split('\n')[line] ?? '').replace(/\r$/, '').length;
  return { start: { line, character: 0 }, end: { line, character: length } };
}

function offsetRange(text: string, start: number, end: number): Range {
  const position = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
  };
  return { start: position(start), end: position(end) };
}

/**
 * Where a reported package belongs: the manifest line that declares it (direct), else its lock
 * file entries (transitive); with npm audit, which names no version, every locked version.
 */
function locate(item: AuditedPackage, directory: DirectoryReader): Place[] {
  const sourceText = directory.read(item.source);
  const sameName = (name: string) => (item.ecosystem === 'PyPI' ? normalisePythonName(name) === normalisePythonName(item.name) : name === item.name);
  const lockPackages = (() => {
    if (!sourceText || !isLockfile(item.source)) return [];
    try {
      return parseLockfile(item.source, sourceText).packages.filter((entry) => sameName(entry.name) && (!item.version || entry.version === item.version));
    } catch {
      return [];
    }
  })();
  const versions = item.version ? [item.version] : [...new Set(lockPackages.map((entry) => entry.version))];
  // The manifest: the source itself (a requirements file), or the one beside the lock file.
  const manifestPath = isLockfile(item.source) ? joinPath(directoryOf(item.source), manifestNameFor(item.source) ?? '') : item.source;
  const manifestText = directory.read(manifestPath);
  if (manifestText !== undefined && manifestKind(manifestPath)) {
    try {
      const dependency = parseManifest(manifestPath, manifestText)?.dependencies.find((candidate) => candidate.section !== 'peerDependencies' && sameName(candidate.name));
      if (dependency) return versions.map((version) => ({ file: manifestPath, range: offsetRange(manifestText, dependency.start, dependency.end), version }));
    } catch {
      // A malformed manifest is reported by its own scan; fall through to the lock file.
    }
  }
  if (lockPackages.length > 0 && sourceText) return lockPackages.map((entry) => ({ file: item.source, range: lineRange(sourceText, entry.line), version: entry.version }));
  return versions.map((version) => ({ file: item.source, range: lineRange(sourceText ?? '', 0), version }));
}
