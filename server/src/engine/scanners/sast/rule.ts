import type { Node, QueryCapture } from 'web-tree-sitter';
import type { TreeLanguage } from '../../parse/languages';
import type { ParsedFile } from '../../source';
import type { RuleMeta, ScanNotice, TextEdit } from '../../types';

/** What a SAST rule sees: the file, its tree, and a way to run tree-sitter queries on it. */
export interface SastContext {
  file: ParsedFile;
  language: TreeLanguage;
  root: Node;
  /**
   * Runs a query (compiled once per language) and returns its matches, captures by name. The
   * result is shared by every rule asking the same query of this file: do not modify it.
   */
  matches(query: string): Array<Map<string, Node>>;
  /** Tells the user something about this file that is not a finding (e.g. an analysis cut short). */
  notify(notice: ScanNotice): void;
}

export interface SastHit {
  /** Where the finding lands. */
  node: Node;
  /** Defaults to the rule's title. */
  message?: string;
  fix?: { title: string; edits: TextEdit[] };
  /** Where the data came from and went through (taint rules): shown as related locations, in order. */
  related?: SastRelated[];
}

export interface SastRelated {
  node: Node;
  message: string;
}

/** A static-analysis rule over tree-sitter trees, tagged with the CWE it detects. */
export interface SastRule extends RuleMeta {
  scanner: 'sast';
  cwe: number[];
  languages: TreeLanguage[];
  /**
   * Text anywhere in the file that this rule's findings depend on beyond the names a finding's
   * own code mentions — e.g. whether anything in the file binds `crypto` decides which fix is safe.
   * Incremental scans (see incremental.ts) keep every top-level statement that matches in each
   * partial scan, and scan the whole file when one is edited. Imports need not be listed: a
   * statement that imports is always kept. A rule that reads `context.file.text` for more than a
   * quick "can this file have a finding at all" check must say so here.
   */
  fileWide?: RegExp;
  detect(context: SastContext): SastHit[];
}

export type { Node, QueryCapture };

/** Marks around the offset of a line reference in a message (Unicode private use: never in a message otherwise). */
export const LINE_REF = /\u{E000}(\d+)\u{E001}/gu;

/**
 * "line 14" in a message, for the line `node` starts on. Written as a reference that the scanner
 * turns into the number when it reports the finding, so a finding kept from an earlier scan of an
 * edited file (see incremental.ts) names the line where that code is now.
 */
export function lineRef(node: Node): string {
  return `line \u{E000}${node.startIndex}\u{E001}`;
}
