/**
 * Whole-workspace scans for the CLI and "Run Pipeline Gates Locally": walks the tree (skipping
 * excluded folders before entering them), reads each file once, and hands it to the engine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { createHash } from 'node:crypto';
import { parseGitleaksConfig, parseGitleaksIgnore, resolveExtends } from './config/gitleaks';
import { CONFIG_FILE_NAMES, ConfigError, DEFAULT_EXCLUDES, defaultConfig, parseConfig, type PreflightConfig } from './config/preflight';
import { DiskDirectoryReader } from './directory';
import { Engine, oversizeNotice, type ScanResult } from './engine';
import { mergeGitleaks, runGitleaks } from './external/gitleaks';
import { evaluateGates } from './gates/evaluate';
import type { GateVerdict, ScanNotice } from './types';

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
}

export interface ExternalTools {
  /** Path of a gitleaks binary; undefined when none was found (reported once as a notice). */
  gitleaks?: string;
  /** Why a tool is not run, for the notice (e.g. "not found on PATH", "untrusted workspace"). */
  gitleaksMissing?: string;
}

/**
 * Reads `preflight.yml` (or `.yaml`) at the root, defaults when there is none (throws ConfigError
 * when it is malformed: every gate depends on it); then the tools' own files the pipeline honours,
 * `.gitleaks.toml` and `.gitleaksignore`, whose errors only put their scanner's gate in error.
 */
export async function loadConfig(root: string): Promise<PreflightConfig> {
  let config = defaultConfig();
  const texts: string[] = [];
  for (const name of CONFIG_FILE_NAMES) {
    const path = join(root, name);
    if (existsSync(path)) {
      const text = await readFile(path, 'utf8');
      texts.push(text);
      config = parseConfig(text, name);
      break;
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
    config.problems.push({ scanner: 'secrets', error: new ConfigError(`gitleaks-config names ${config.gitleaksConfigPath}, which does not exist`, config.source ?? 'preflight.yml', 1, 1) });
  }
  const ignorePath = join(root, '.gitleaksignore');
  if (existsSync(ignorePath)) {
    const text = await readFile(ignorePath, 'utf8');
    texts.push(text);
    config.gitleaksIgnore = parseGitleaksIgnore(text);
  }
  config.digest = createHash('sha256').update(texts.join('\0')).digest('hex').slice(0, 16);
  return config;
}

/** Tool configuration problems as notices: each makes its scanner's gate error. */
export function problemNotices(config: PreflightConfig): ScanNotice[] {
  return config.problems.map(({ scanner, error }) => ({
    level: 'error',
    scanner,
    file: error.file,
    range: { start: { line: error.line - 1, character: error.column - 1 }, end: { line: error.line - 1, character: error.column } },
    message: `invalid configuration: ${error.message}`,
  }));
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
  const files = await listFiles(root, config, signal, unreadable);
  // Siblings (a Terraform module's other files) are read once for the whole run.
  const directory = new DiskDirectoryReader(root, config.maxFileBytes);
  let binary = 0;
  for (const [index, path] of files.entries()) {
    if (signal?.aborted) break;
    let bytes: Buffer;
    try {
      // Never load a file the size limit would skip anyway.
      const size = (await stat(join(root, path))).size;
      if (size > config.maxFileBytes) {
        result.notices.push(oversizeNotice(path, size, config));
        continue;
      }
      bytes = await readFile(join(root, path));
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
  if (signal?.aborted) result.notices.push({ level: 'error', message: 'scan cancelled before it finished' });
  result.verdicts = evaluateGates(config.gates, result.findings, result.notices);
  return result;
}
