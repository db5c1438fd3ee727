import type { ParsedFile } from '../../source';
import type { Range, RuleMeta, Severity } from '../../types';
import type { AdvisoryDatabase } from './advisories';
import type { Lockfile } from './lockfiles';
import type { Manifest } from './manifests';

/** What is known about the lock file of a manifest. */
export type LockLookup =
  /** The scanner cannot see other files (a lone document): rules that need the lock stay quiet. */
  | { state: 'unknown' }
  /** The manifest's ecosystem has no lock file (pip requirements are their own pins). */
  | { state: 'not-applicable' }
  /** None beside the manifest (nor at its workspace root); `expected` names what would do. */
  | { state: 'missing'; expected: string[] }
  /**
   * `file` is workspace-relative. `lockfile` is undefined when it could not be read or Preflight
   * does not read its format (`uv.lock`, `pdm.lock`): then only its presence counts.
   */
  | { state: 'found'; file: string; atWorkspaceRoot: boolean; lockfile?: Lockfile };

export interface DepsContext {
  file: ParsedFile;
  /** The scanned file as a manifest, when it is one. */
  manifest?: Manifest;
  /** For a manifest: its lock file. */
  lock: LockLookup;
  /** The scanned file as a lock file, when it is one. */
  lockfile?: Lockfile;
  /** For a lock file: the manifest beside it, to tell direct dependencies (reported there) from transitive ones. */
  siblingManifest?: Manifest;
  /** Offline advisories (`deps-advisories` in preflight.yml), when configured. */
  advisories?: AdvisoryDatabase;
  /** The range of an offset span of the scanned file, and of a whole 0-based line. */
  span(start: number, end: number): Range;
  line(line: number): Range;
}

export interface DepsHit {
  range: Range;
  message: string;
  /** Defaults to the rule's severity. */
  severity?: Severity;
  /** What identifies the finding within the file (package and spec), for its fingerprint. */
  basis: string;
}

/** A dependency-manifest rule: reads a manifest or a lock file and its neighbour. */
export interface DepsRule extends RuleMeta {
  scanner: 'deps';
  check(context: DepsContext): DepsHit[];
}
