/**
 * What the CLI needs from git: the hooks folder and the staged content. git comes from PATH and
 * runs with an argument array, never a shell.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { CONFIG_FILE_NAMES } from '../engine/config/preflight';
import { BASELINE_FILE } from '../engine/config/baseline';
import { PIPELINE_FILES } from '../engine/config/discovery';
import { UsageError } from './command';

export function git(args: string[], cwd: string, input?: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
  } catch (error) {
    const failure = error as { code?: string; stderr?: string; message: string };
    if (failure.code === 'ENOENT') throw new UsageError('git was not found on PATH');
    throw new UsageError(`git ${args[0]} failed: ${(failure.stderr || failure.message).trim()}`);
  }
}

/** The repository's top folder, or a usage error outside a repository. */
export function repositoryRoot(cwd: string): string {
  return git(['rev-parse', '--show-toplevel'], cwd).trim();
}

/** The folder git runs hooks from (honours `core.hooksPath`). */
export function hooksFolder(cwd: string): string {
  return join(cwd, git(['rev-parse', '--git-path', 'hooks'], cwd).trim());
}

/** Files the gates' configuration comes from: taken from the index too, so a staged config change counts. */
const CONFIG_PATHSPECS = [...CONFIG_FILE_NAMES, '.gitleaks.toml', '.gitleaksignore', '.checkov.yaml', '.checkov.yml', BASELINE_FILE, ...PIPELINE_FILES].map((path) => `:(glob)${path}`);

export interface StagedSnapshot {
  /** The folder to scan: the staged content at the same relative paths. */
  folder: string;
  /** The temporary folder to remove afterwards (holds `folder`). */
  temporary: string;
  /** The staged (added, copied, modified, renamed) files, relative to the scanned folder. */
  staged: string[];
}

/**
 * Writes what is in the index — not the working tree — for the staged files of `root` (and the
 * configuration files) into a temporary folder, so the gates see exactly what will be committed.
 */
export function stagedSnapshot(root: string): StagedSnapshot {
  const top = repositoryRoot(root);
  const prefix = relative(top, root).split(sep).join('/');
  const under = (path: string) => !prefix || path.startsWith(`${prefix}/`);
  const list = (text: string) => text.split('\0').filter(Boolean);
  const staged = list(git(['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR', '--no-renames'], top)).filter(under);
  const configs = list(git(['ls-files', '-z', '--cached', '--', ...CONFIG_PATHSPECS.map((spec) => (prefix ? spec.replace(':(glob)', `:(glob)${prefix}/`) : spec))], top));
  // The staged files' neighbours, as committed: a Terraform module's variables, a manifest's lock file.
  const folders = [...new Set(staged.map((path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '')))];
  const neighbours = folders.length > 0 ? list(git(['ls-files', '-z', '--cached', '--', ...folders.map((folder) => `:(glob)${escapeGlob(folder)}*`)], top)) : [];
  const folder = mkdtempSync(join(tmpdir(), 'preflight-staged-'));
  const paths = [...new Set([...staged, ...configs, ...neighbours])];
  if (paths.length > 0) git(['checkout-index', `--prefix=${folder}/`, '-z', '--stdin'], top, `${paths.join('\0')}\0`);
  const strip = (path: string) => (prefix ? path.slice(prefix.length + 1) : path);
  return { folder: prefix ? join(folder, ...prefix.split('/')) : folder, temporary: folder, staged: staged.map(strip) };
}

/** A path as a literal inside a `:(glob)` pathspec. */
function escapeGlob(path: string): string {
  return path.replace(/[*?[\]\\]/g, (character) => `\\${character}`);
}
