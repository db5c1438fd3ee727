/**
 * Whole-workspace scans for the CLI and "Run Pipeline Gates Locally": walks the tree (skipping
 * excluded folders before entering them), reads each file once, and hands it to the engine.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { createHash } from 'node:crypto';
import { CHECKOV_CONFIG_FILE_NAMES, parseCheckovConfig } from './config/checkov';
import { parseGitleaksConfig, parseGitleaksIgnore, resolveExtends } from './config/gitleaks';
import { applyBaseline, BASELINE_FILE, parseBaseline } from './config/baseline';
import { discoverGates, isPipelineDefinition } from './config/discovery';
import { CONFIG_FILE_NAMES, ConfigError, DEFAULT_EXCLUDES, defaultConfig, parseConfig, type PreflightConfig } from './config/preflight';
import { DiskDirectoryReader } from './directory';
import { Engine, oversizeNotice, type ScanResult } from './engine';
import { runDepsAudits, type DepsAuditTools } from './external/deps-audit';
import { mergeCheckov, runCheckov } from './external/checkov';
import { mergeGitleaks, runGitleaks } from './external/gitleaks';
import { AdvisoryDatabase, AdvisoryError, parseOsvRecord } from './scanners/deps/advisories';
import { isLockfile } from './scanners/deps/lockfiles';
import { manifestKind } from './scanners/deps/manifests';
import { evaluateGates } from './gates/evaluate';
import { SCANNER_IDS, type GateVerdict, type ScanNotice } from './types';

export interface WorkspaceScan extends ScanResult {
  verdicts: GateVerdict[];
  filesScanned: number;
  config: PreflightConfig;
}

export interface WorkspaceScanOptions {
  config: PreflightConfig;
  signal?: AbortSignal;
  /** Called after each file with the count done and the total. */
  onProgress?(done: number, total: number): void;
  /** Compute quick fixes for every finding (default false: reports do not show them). */
  fixes?: boolean;
  /** External tools to run besides the built-in scanners (only for trusted workspaces). */
  external?: ExternalTools;
  /** Scan only this part of the file set (CI runners splitting a monorepo); see `inShard`. */
  shard?: Shard;
  /** Scan only these workspace-relative files (e.g. the staged ones before a commit). */
  only?: ReadonlySet<string>;
}

/** Part `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Whether a file belongs to a shard: decided by a hash of its workspace-relative path alone, so
 * every runner agrees without talking to the others, and adding a file never moves the rest.
 */
export function inShard(path: string, shard: Shard): boolean {
  const hash = createHash('sha256').update(path).digest().readUInt32BE(0);
  return hash % shard.count === shard.index - 1;
}

export interface ExternalTools {
  /** Path of a gitleaks binary; undefined when none was found (reported once as a notice). */
  gitleaks?: string;
  /** Why a tool is not run, for the notice (e.g. "not found on PATH", "untrusted workspace"). */
  gitleaksMissing?: string;
  /** Path of a Checkov binary; undefined when none was found. */
  checkov?: string;
  checkovMissing?: string;
  /**
   * Dependency audit tools (osv-scanner, npm audit, pip-audit). They contact vulnerability
   * services, so they are only given when the user opted in (`--deps-audit`); none installed is a notice.
   */
  deps?: DepsAuditTools;
}

/**
 * Reads `preflight.yml` (or `.yaml`) at the root (throws ConfigError when it is malformed: every
 * gate depends on it); without one, the gates discovered from the pipeline's definition, or the
 * defaults when there is no pipeline file either; then the tools' own files the pipeline honours,
 * `.gitleaks.toml` and `.gitleaksignore`, whose errors only put their scanner's gate in error.
 */
export async function loadConfig(root: string, options: { ignoreConfigFile?: boolean } = {}): Promise<PreflightConfig> {
  let config = defaultConfig();
  const texts: string[] = [];
  for (const name of options.ignoreConfigFile ? [] : CONFIG_FILE_NAMES) {
    const path = join(root, name);
    if (existsSync(path)) {
      const text = await readFile(path, 'utf8');
      texts.push(text);
      config = parseConfig(text, name);
      break;
    }
  }
  if (!config.source) {
    const pipelines = await readPipelineFiles(root);
    if (pipelines.size > 0) {
      const discovery = discoverGates(pipelines);
      texts.push(...pipelines.values());
      config.discovery = discovery;
      config.gates = discovery.gates;
      const gitleaksConfig = discovery.steps.find((step) => step.gitleaks?.configPath)?.gitleaks?.configPath;
      if (gitleaksConfig) config.gitleaksConfigPath = gitleaksConfig.replace(/^\.\//, '');
    }
  }
  const gitleaksPath = join(root, config.gitleaksConfigPath);
  if (existsSync(gitleaksPath)) {
    const text = await readFile(gitleaksPath, 'utf8');
    texts.push(text);
    try {
      config.gitleaks = resolveExtends(parseGitleaksConfig(text, toWorkspacePath(root, gitleaksPath)), (path) => {
        const extended = readFileSync(join(root, path), 'utf8');
        texts.push(extended);
        return extended;
      });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      config.problems.push({ scanner: 'secrets', error });
    }
  } else if (config.gitleaksConfigPath !== '.gitleaks.toml') {
    const step = config.discovery?.steps.find((candidate) => candidate.gitleaks?.configPath);
    const [file, line, what] = step ? [step.origin.file, step.origin.line, 'gitleaks --config'] : [config.source ?? 'preflight.yml', 1, 'gitleaks-config'];
    config.problems.push({ scanner: 'secrets', error: new ConfigError(`${what} names ${config.gitleaksConfigPath}, which does not exist`, file, line, 1) });
  }
  const baselinePath = join(root, BASELINE_FILE);
  if (existsSync(baselinePath)) {
    const text = await readFile(baselinePath, 'utf8');
    texts.push(text);
    try {
      config.baseline = parseBaseline(text);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      // Without the baseline no gate knows which findings are accepted: all are in error.
      for (const scanner of SCANNER_IDS) config.problems.push({ scanner, error });
    }
  }
  await loadCheckovConfig(root, config, texts);
  const ignorePath = join(root, '.gitleaksignore');
  if (existsSync(ignorePath)) {
    const text = await readFile(ignorePath, 'utf8');
    texts.push(text);
    config.gitleaksIgnore = parseGitleaksIgnore(text);
  }
  if (config.depsAdvisoriesPath) {
    try {
      // Problems are reported on the `deps-advisories:` line of preflight.yml.
      const configText = texts[0] ?? '';
      const line = config.source ? configText.slice(0, Math.max(0, configText.search(/^deps-advisories\s*:/m))).split('\n').length : 1;
      const { database, digest } = await loadAdvisories(root, config.depsAdvisoriesPath, { file: config.source ?? 'preflight.yml', line });
      config.advisories = database;
      texts.push(digest);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      config.problems.push({ scanner: 'deps', error });
    }
  }
  config.digest = createHash('sha256').update(texts.join('\0')).digest('hex').slice(0, 16);
  return config;
}

/**
 * Reads every `.json` file under the advisories folder (`deps-advisories`) as an OSV record.
 * A missing folder or a file that is not an OSV record puts the deps gate in error: a partial
 * database would pass vulnerable packages silently.
 */
export async function loadAdvisories(root: string, folder: string, origin = { file: 'preflight.yml', line: 1 }): Promise<{ database: AdvisoryDatabase; digest: string }> {
  const where = (message: string) => new ConfigError(message, origin.file, origin.line, 1);
  const absolute = join(root, folder);
  const stats = await stat(absolute).catch(() => undefined);
  if (!stats?.isDirectory()) throw where(`deps-advisories names ${folder}, which is not a folder`);
  const database = new AdvisoryDatabase();
  const hash = createHash('sha256');
  const walk = async (directory: string): Promise<void> => {
    for (const entry of (await readdir(directory, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && entry.name.endsWith('.json')) {
        const text = await readFile(path, 'utf8');
        hash.update(text).update('\0');
        try {
          database.add(parseOsvRecord(text, toWorkspacePath(root, path)));
        } catch (error) {
          if (error instanceof AdvisoryError) throw where(`deps-advisories: ${error.message}`);
          throw error;
        }
      }
    }
  };
  await walk(absolute);
  return { database, digest: hash.digest('hex') };
}

/** The pipeline definitions at the root (see PIPELINE_FILES), path → text; unreadable ones are left out. */
export async function readPipelineFiles(root: string): Promise<Map<string, string>> {
  const candidates: string[] = [];
  for (const folder of ['', '.github/workflows/']) {
    const names = await readdir(join(root, folder)).catch(() => [] as string[]);
    for (const name of names.sort()) if (isPipelineDefinition(folder + name)) candidates.push(folder + name);
  }
  const files = new Map<string, string>();
  for (const path of candidates) {
    const text = await readFile(join(root, path), 'utf8').catch(() => undefined);
    if (text !== undefined) files.set(path, text);
  }
  return files;
}

/**
 * The Checkov configuration the pipeline's Checkov reads: `checkov-config` from preflight.yml
 * (its `--config-file`), else `.checkov.yaml` or `.checkov.yml` at the root. A broken file puts
 * the iac gate in error.
 */
async function loadCheckovConfig(root: string, config: PreflightConfig, texts: string[]): Promise<void> {
  const candidates = config.checkovConfigPath ? [config.checkovConfigPath] : CHECKOV_CONFIG_FILE_NAMES;
  const found = candidates.find((name) => existsSync(join(root, name)));
  if (!found) {
    if (config.checkovConfigPath) {
      config.problems.push({ scanner: 'iac', error: new ConfigError(`checkov-config names ${config.checkovConfigPath}, which does not exist`, config.source ?? 'preflight.yml', 1, 1) });
    }
    return;
  }
  const text = await readFile(join(root, found), 'utf8');
  texts.push(text);
  try {
    config.checkov = parseCheckovConfig(text, toWorkspacePath(root, join(root, found)));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    config.problems.push({ scanner: 'iac', error });
  }
}

/**
 * `external-checks-dir` / `external-checks-git` in the Checkov configuration are repository code.
 * Preflight never runs it: with a trusted workspace and Checkov installed, Checkov runs them (it
 * reads the same file); otherwise the user is told that they did not run, and why.
 */
export function externalChecksNotices(config: PreflightConfig, external: ExternalTools | undefined): ScanNotice[] {
  const checkov = config.checkov;
  if (!checkov || checkov.externalChecksDirs.length + checkov.externalChecksGits.length === 0) return [];
  const named = [...checkov.externalChecksDirs, ...checkov.externalChecksGits].join(', ');
  if (external?.checkov) return [{ level: 'info', file: checkov.file, message: `external checks (${named}) are run by Checkov only; Preflight never runs repository code` }];
  const why = external?.checkovMissing ? `Checkov ${external.checkovMissing}` : 'external tools are off for this run';
  return [{ level: 'warning', file: checkov.file, message: `external checks (${named}) did not run: Preflight never runs repository code, and ${why}` }];
}

/** Tool configuration problems as notices: each makes its scanner's gate error. */
export function problemNotices(config: PreflightConfig): ScanNotice[] {
  const range = (error: ConfigError) => ({ start: { line: error.line - 1, character: error.column - 1 }, end: { line: error.line - 1, character: error.column } });
  return [
    ...config.problems.map(({ scanner, error }): ScanNotice => ({ level: 'error', scanner, file: error.file, range: range(error), message: `invalid configuration: ${error.message}` })),
    // A pipeline file that cannot be read leaves its gates unknown; the ones found elsewhere still run.
    ...(config.discovery?.problems ?? []).map((error): ScanNotice => ({
      level: 'warning',
      file: error.file,
      range: range(error),
      message: `pipeline definition not understood, its gates are not mirrored: ${error.message}`,
    })),
  ];
}

export function toWorkspacePath(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join('/');
}

/** Every regular file under root that the config does not exclude, as workspace-relative paths. */
export async function listFiles(
  root: string,
  config: PreflightConfig,
  signal?: AbortSignal,
  onUnreadable?: (path: string, error: Error) => void,
): Promise<string[]> {
  const excluded = picomatch([...DEFAULT_EXCLUDES, ...config.exclude], { dot: true });
  const files: string[] = [];
  const walk = async (directory: string): Promise<void> => {
    if (signal?.aborted) return;
    let entries;
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      if (directory === root) throw error;
      onUnreadable?.(toWorkspacePath(root, directory), error as Error);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = join(directory, entry.name);
      const path = toWorkspacePath(root, absolute);
      // Symbolic links are not followed: they can loop or leave the workspace.
      if (entry.isDirectory()) {
        if (!excluded(`${path}/`) && !excluded(`${path}/x`)) await walk(absolute);
      } else if (entry.isFile() && !excluded(path)) {
        files.push(path);
      }
    }
  };
  await walk(root);
  return files;
}

/** True when the bytes look binary (a NUL in the first 8 KiB), as git decides. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

const decoder = new TextDecoder('utf-8'); // drops a leading BOM

export async function scanWorkspace(engine: Engine, root: string, options: WorkspaceScanOptions): Promise<WorkspaceScan> {
  const { config, signal } = options;
  const result: WorkspaceScan = { findings: [], notices: problemNotices(config), verdicts: [], filesScanned: 0, config };
  const unreadable = (path: string, error: Error) => result.notices.push({ level: 'warning', file: path, message: `could not read: ${error.message}` });
  const listed = await listFiles(root, config, signal, unreadable);
  const shard = options.shard;
  const files = listed.filter((path) => (!shard || inShard(path, shard)) && (!options.only || options.only.has(path)));
  // Siblings (a Terraform module's other files, a manifest's lock file) are read once for the whole run.
  const directory = new DiskDirectoryReader(root, config.maxFileBytes);
  let binary = 0;
  for (const [index, path] of files.entries()) {
    if (signal?.aborted) break;
    let bytes: Buffer;
    try {
      // Never load a file the size limit would skip anyway. Synchronous: a local file is read in
      // microseconds, and a promise per call costs more than that (the loop yields every 50 files).
      const absolute = join(root, path);
      const size = statSync(absolute).size;
      if (size > config.maxFileBytes) {
        result.notices.push(oversizeNotice(path, size, config));
        continue;
      }
      bytes = readFileSync(absolute);
    } catch (error) {
      unreadable(path, error as Error);
      continue;
    }
    // A binary file's content is not read as text; its name can still matter (key stores).
    const binaryFile = looksBinary(bytes);
    if (binaryFile) binary++;
    const scan = engine.scanSource(Engine.source(path, binaryFile ? '' : decoder.decode(bytes)), { config, signal, fixes: options.fixes ?? false, directory });
    result.findings.push(...scan.findings);
    result.notices.push(...scan.notices);
    if (!binaryFile) result.filesScanned++;
    options.onProgress?.(index + 1, files.length);
    // Let cancellation and other events through on long scans.
    if (index % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
  }
  if (binary > 0) result.notices.push({ level: 'info', message: `${binary} binary file(s): contents not scanned, file-name rules applied` });
  const secretsGate = config.gates.find((gate) => gate.scanners.includes('secrets'));
  if (secretsGate && options.external && !signal?.aborted) {
    if (options.external.gitleaks) {
      const outcome = await runGitleaks({ binary: options.external.gitleaks, root, target: '.', config, signal });
      const scanned = new Set(files);
      result.findings = mergeGitleaks(result.findings, outcome.findings.filter((secret) => scanned.has(secret.file)), secretsGate.name, outcome.version);
      result.notices.push(...outcome.notices);
    } else if (options.external.gitleaksMissing) {
      result.notices.push({ level: 'info', message: `gitleaks ${options.external.gitleaksMissing}: only the built-in secrets rules ran` });
    }
  }
  const iacGate = config.gates.find((gate) => gate.scanners.includes('iac'));
  if (iacGate && !signal?.aborted) {
    result.notices.push(...externalChecksNotices(config, options.external));
    if (options.external?.checkov) {
      const outcome = await runCheckov({ binary: options.external.checkov, root, target: '.', config, signal });
      const scanned = new Set(files);
      result.findings = mergeCheckov(
        result.findings,
        outcome.findings.filter((check) => scanned.has(check.file)),
        { gate: iacGate.name, version: outcome.version, config, root, severityOf: (id) => engine.rules.get(id)?.severity },
      );
      result.notices.push(...outcome.notices);
    } else if (options.external?.checkovMissing) {
      result.notices.push({ level: 'info', message: `Checkov ${options.external.checkovMissing}: only the built-in IaC checks ran` });
    }
  }
  const depsGate = config.gates.find((gate) => gate.scanners.includes('deps'));
  const depsTools = options.external?.deps;
  if (depsGate && depsTools && !signal?.aborted) {
    if (depsTools.osvScanner || depsTools.npm || depsTools.pipAudit) {
      const targets = files.filter((path) => manifestKind(path) !== undefined || isLockfile(path));
      const outcome = await runDepsAudits({ tools: depsTools, root, files: targets, gate: depsGate.name, directory, baseline: config.baseline, signal });
      // The same advisory found offline and by a tool is one finding that lists both engines.
      const byFingerprint = new Map(result.findings.map((finding) => [finding.fingerprint, finding]));
      for (const finding of outcome.findings) {
        const existing = byFingerprint.get(finding.fingerprint);
        if (existing) existing.engines = [...new Set([...existing.engines, ...finding.engines])];
        else result.findings.push(finding);
      }
      result.notices.push(...outcome.notices);
    } else {
      result.notices.push({ level: 'info', message: 'no dependency audit tool (osv-scanner, npm, pip-audit) was found on PATH: only the built-in deps rules ran' });
    }
  }
  if (signal?.aborted) result.notices.push({ level: 'error', message: 'scan cancelled before it finished' });
  // Built-in findings are baselined by the engine; the external tools' ones here.
  result.findings = applyBaseline(result.findings, config.baseline);
  result.verdicts = evaluateGates(config.gates, result.findings, result.notices);
  return result;
}
