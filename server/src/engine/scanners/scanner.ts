/**
 * The contract between the engine and a scanner. A scanner turns one parsed file into finding
 * drafts; the engine adds what is common to all (gate, fingerprint, engines, generic
 * suppressions). Scanners never know who is listening.
 */
import type { DirectoryReader } from '../directory';
import type { ParserService } from '../parse/parser';
import type { ParsedFile } from '../source';
import type { Fix, Range, RelatedLocation, ScanNotice, ScannerId, Severity, Suppression } from '../types';

export interface FindingDraft {
  ruleId: string;
  /** Defaults to the rule's severity. */
  severity?: Severity;
  message: string;
  range: Range;
  /** The content that identifies this finding within the file (a secret, a resource address, a snippet). */
  fingerprintBasis: string;
  fixes?: Fix[];
  suppressed?: Suppression;
  related?: RelatedLocation[];
}

export interface ScanContext {
  signal: AbortSignal;
  parser: ParserService;
  /** Whether findings need their fixes (editors do; a pipeline run does not, and skips the work). */
  fixes: boolean;
  /** Tells the user something about this file that is not a finding (e.g. it could not be read). */
  notify(notice: ScanNotice): void;
  /** The files around this one, for scanners whose unit is larger than a file (a Terraform module). */
  directory?: DirectoryReader;
  /**
   * The file is being edited and will be scanned again (an editor): a scanner may remember what
   * it found, by path, and on the next scan analyse again only what an edit can change.
   */
  incremental?: boolean;
}

export interface Scanner {
  readonly id: ScannerId;
  /** Whether this scanner has anything to say about the file; lets the engine skip parsing. */
  appliesTo(file: { path: string; language: string; text: string }): boolean;
  scan(file: ParsedFile, context: ScanContext): FindingDraft[];
  /**
   * Names of the files of `file`'s directory whose content this scanner reads when scanning it
   * (given the directory's file names). The engine keys its result cache on their content too, so
   * editing a sibling re-scans the file.
   */
  siblingsRead?(file: { path: string; language: string }, names: readonly string[]): string[];
}
