/**
 * The one way Preflight runs another program: an argument array (never a shell), a timeout,
 * a cap on what it may print, and cancellation. Binaries come only from a machine/user setting
 * or PATH (see `resolveBinary`); callers decide whether the workspace is trusted enough.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import type { PreflightConfig } from '../config/preflight';

/** What an external scanner adapter (gitleaks, Checkov) is asked to do. */
export interface ToolRun {
  binary: string;
  /** Run the tool from here; its findings come back relative to it. */
  root: string;
  /** What to scan, relative to root: `.` for the workspace, or one file. */
  target: string;
  config: PreflightConfig;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface RunOptions {
  cwd?: string;
  timeoutMs: number;
  /** Standard output and error are each cut at this many bytes; the run then counts as failed. */
  maxOutputBytes: number;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
}

export interface RunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** Why the run did not complete normally, in words for the user; undefined when it did. */
  failure?: string;
}

export function runTool(binary: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve) => {
    if (options.signal?.aborted) return resolve({ exitCode: null, stdout: '', stderr: '', failure: 'cancelled' });
    const child = spawn(binary, args, { cwd: options.cwd, env: options.env ?? process.env, shell: false, windowsHide: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let failure: string | undefined;
    const stop = (reason: string) => {
      failure ??= reason;
      child.kill('SIGKILL');
    };
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > options.maxOutputBytes) stop(`printed more than ${options.maxOutputBytes} bytes`);
      else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errBytes += chunk.length;
      if (errBytes <= options.maxOutputBytes) err.push(chunk);
    });
    const timer = setTimeout(() => stop(`timed out after ${Math.round(options.timeoutMs / 1000)} s`), options.timeoutMs);
    const onAbort = () => stop('cancelled');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const finish = (exitCode: number | null, spawnError?: Error) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve({
        exitCode,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        failure: spawnError ? `could not start: ${spawnError.message}` : failure,
      });
    };
    child.on('error', (error) => finish(null, error));
    child.on('close', (code) => finish(code));
  });
}

/**
 * Finds a program: the configured path when given (it must be an absolute path to an executable
 * file), else the first match on PATH. Undefined when there is none.
 */
export function resolveBinary(name: string, configuredPath?: string, path = process.env.PATH ?? ''): string | undefined {
  if (configuredPath) return isExecutable(configuredPath) && isAbsolute(configuredPath) ? configuredPath : undefined;
  const extensions = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const directory of path.split(delimiter).filter(Boolean)) {
    for (const extension of extensions) {
      const candidate = join(directory, `${name}${extension}`);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
