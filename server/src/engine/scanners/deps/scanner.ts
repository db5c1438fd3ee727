/**
 * The deps scanner: dependency manifests (`package.json`, pip requirements, `pyproject.toml`,
 * `Pipfile`) and their lock files. A manifest is read with the lock file beside it (or, for an
 * npm/pnpm workspace member, at the workspace root); a lock file with the manifest beside it, so
 * findings about direct dependencies land on the manifest line and those about transitive ones
 * on the lock file line.
 */
import { directoryOf, joinPath, type DirectoryReader } from '../../directory';
import type { ParsedFile } from '../../source';
import type { ScanNotice } from '../../types';
import type { FindingDraft, ScanContext, Scanner } from '../scanner';
import type { AdvisoryDatabase } from './advisories';
import { basename, isLockfile, LockfileError, parseLockfile, type Lockfile } from './lockfiles';
import { ManifestError, manifestKind, parseManifest, type Manifest } from './manifests';
import type { DepsContext, DepsRule, LockLookup } from './rule';

/** npm's own order: a shrinkwrap wins over package-lock; then the other package managers. */
const NPM_LOCKS = ['npm-shrinkwrap.json', 'package-lock.json', 'pnpm-lock.yaml', 'yarn.lock'];
/** Lock files of PEP 621 projects whose formats Preflight does not read: only their presence counts. */
const PYPROJECT_LOCKS = ['poetry.lock', 'uv.lock', 'pdm.lock'];

/** The lock files that can belong to a manifest (by its file name), in the order they are preferred. */
export function lockNamesFor(path: string): string[] {
  switch (manifestKind(path)) {
    case 'npm':
      return NPM_LOCKS;
    case 'pipfile':
      return ['Pipfile.lock'];
    case 'pyproject':
      return PYPROJECT_LOCKS;
    default:
      return [];
  }
}

/** The manifest a lock file was resolved from. */
export function manifestNameFor(lockPath: string): string | undefined {
  const name = basename(lockPath);
  if (NPM_LOCKS.includes(name)) return 'package.json';
  if (name === 'poetry.lock') return 'pyproject.toml';
  if (name === 'Pipfile.lock') return 'Pipfile';
  return undefined;
}

export class DepsScanner implements Scanner {
  readonly id = 'deps' as const;

  constructor(
    private readonly rules: readonly DepsRule[],
    private readonly advisories?: AdvisoryDatabase,
  ) {}

  appliesTo(file: { path: string }): boolean {
    return manifestKind(file.path) !== undefined || isLockfile(file.path);
  }

  siblingsRead(file: { path: string }, names: readonly string[]): string[] {
    const wanted = isLockfile(file.path) ? [manifestNameFor(file.path)] : lockNamesFor(file.path);
    return names.filter((name) => wanted.includes(name));
  }

  scan(file: ParsedFile, context: ScanContext): FindingDraft[] {
    const directory = context.directory;
    const notify = (notice: Omit<ScanNotice, 'file' | 'scanner' | 'level'>) => context.notify({ level: 'error', scanner: 'deps', file: file.path, ...notice });
    const base = {
      file,
      advisories: this.advisories,
      span: (start: number, end: number) => file.rangeOf(start, end),
      line: (line: number) => ({ start: { line, character: 0 }, end: { line, character: file.lineText(line).length } }),
    };
    let depsContext: DepsContext;
    if (isLockfile(file.path)) {
      let lockfile: Lockfile;
      try {
        lockfile = parseLockfile(file.path, file.text);
      } catch (error) {
        if (!(error instanceof LockfileError)) throw error;
        notify({ message: `could not read this lock file, so the deps gate did not check it: ${error.message}`, range: base.line(error.line) });
        return [];
      }
      depsContext = { ...base, lock: { state: 'not-applicable' }, lockfile, siblingManifest: siblingManifest(file.path, directory) };
    } else {
      let manifest: Manifest | undefined;
      try {
        manifest = parseManifest(file.path, file.text);
      } catch (error) {
        if (!(error instanceof ManifestError)) throw error;
        const at = file.positionAt(error.offset);
        notify({ message: `could not read this manifest, so the deps gate did not check it: ${error.message}`, range: { start: at, end: at } });
        return [];
      }
      if (!manifest) return [];
      depsContext = { ...base, manifest, lock: findLock(file.path, manifest, directory) };
    }
    const drafts: FindingDraft[] = [];
    for (const rule of this.rules) {
      if (context.signal.aborted) break;
      try {
        for (const hit of rule.check(depsContext)) {
          drafts.push({ ruleId: rule.id, severity: hit.severity, message: hit.message, range: hit.range, fingerprintBasis: hit.basis });
        }
      } catch (error) {
        context.notify({ level: 'error', scanner: 'deps', file: file.path, message: `rule ${rule.id} failed: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
    return drafts;
  }
}

/**
 * Parsed lock files by path, reused while their text is unchanged: typing in a package.json
 * re-checks it on every pause, and its lock file (often megabytes) rarely changes meanwhile.
 */
const parsedLocks = new Map<string, { text: string; lockfile: Lockfile }>();
const PARSED_LOCKS_KEPT = 16;

function readLock(path: string, directory: DirectoryReader): Lockfile | undefined {
  if (!isLockfile(path)) return undefined;
  const text = directory.read(path);
  if (text === undefined) return undefined;
  const known = parsedLocks.get(path);
  if (known && known.text === text) return known.lockfile;
  try {
    const lockfile = parseLockfile(path, text);
    parsedLocks.delete(path);
    if (parsedLocks.size >= PARSED_LOCKS_KEPT) parsedLocks.delete(parsedLocks.keys().next().value as string);
    parsedLocks.set(path, { text, lockfile });
    return lockfile;
  } catch (error) {
    // Reported where it belongs, when the lock file itself is scanned.
    if (error instanceof LockfileError) return undefined;
    throw error;
  }
}

function findLock(path: string, manifest: Manifest, directory: DirectoryReader | undefined): LockLookup {
  const names = lockNamesFor(path);
  if (names.length === 0) return { state: 'not-applicable' };
  if (!directory) return { state: 'unknown' };
  const folder = directoryOf(path);
  const present = directory.list(folder);
  const beside = names.find((name) => present.includes(name));
  if (beside) return { state: 'found', file: joinPath(folder, beside), atWorkspaceRoot: false, lockfile: readLock(joinPath(folder, beside), directory) };
  if (manifest.kind === 'npm') {
    // A workspace member is locked by the lock file of the workspace root above it.
    for (let ancestor = folder; ancestor !== ''; ) {
      ancestor = directoryOf(ancestor);
      const listed = directory.list(ancestor);
      const lock = NPM_LOCKS.find((name) => listed.includes(name));
      if (!lock) continue;
      if (listed.includes('pnpm-workspace.yaml') || declaresWorkspaces(joinPath(ancestor, 'package.json'), directory)) {
        return { state: 'found', file: joinPath(ancestor, lock), atWorkspaceRoot: true, lockfile: readLock(joinPath(ancestor, lock), directory) };
      }
    }
  }
  return { state: 'missing', expected: manifest.kind === 'pyproject' && manifest.poetry ? ['poetry.lock'] : names };
}

function declaresWorkspaces(path: string, directory: DirectoryReader): boolean {
  const text = directory.read(path);
  if (text === undefined) return false;
  try {
    return parseManifest(path, text)?.workspaces === true;
  } catch {
    return false;
  }
}

function siblingManifest(lockPath: string, directory: DirectoryReader | undefined): Manifest | undefined {
  const name = manifestNameFor(lockPath);
  if (!name || !directory) return undefined;
  const path = joinPath(directoryOf(lockPath), name);
  const text = directory.read(path);
  if (text === undefined) return undefined;
  try {
    return parseManifest(path, text);
  } catch {
    // Reported when the manifest itself is scanned.
    return undefined;
  }
}
