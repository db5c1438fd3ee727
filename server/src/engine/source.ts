/**
 * A file as every scanner sees it: its text, its language, its tree (parsed once) and
 * helpers to move between offsets and positions.
 */
import type { Tree } from './parse/parser';
import type { Language } from './parse/languages';
import type { Position, Range } from './types';

export interface SourceFile {
  /** Workspace-relative path with forward slashes: what findings, reports and fingerprints use. */
  path: string;
  text: string;
  language: Language;
}

export class ParsedFile {
  private readonly lineStarts: number[];
  private readonly memo = new Map<string, unknown>();
  private parsedTree: Tree | undefined;
  private lineBreak: string | undefined;
  private parse: (() => Tree | undefined) | undefined;

  constructor(
    readonly source: SourceFile,
    /**
     * The tree, or how to parse it on first use: a file whose scanners never look at its tree
     * (most files, for the secrets scanner) is never parsed.
     */
    tree: Tree | undefined | (() => Tree | undefined),
  ) {
    if (typeof tree === 'function') this.parse = tree;
    else this.parsedTree = tree;
    this.lineStarts = [0];
    const text = source.text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** Present for tree-sitter languages. Owned by whoever created this file; scanners must not delete it. */
  get tree(): Tree | undefined {
    if (this.parse) {
      this.parsedTree = this.parse();
      this.parse = undefined;
    }
    return this.parsedTree;
  }

  /** The tree if it was parsed, without parsing it. */
  get parsedTreeIfAny(): Tree | undefined {
    return this.parsedTree;
  }

  get path(): string {
    return this.source.path;
  }
  get text(): string {
    return this.source.text;
  }
  get language(): Language {
    return this.source.language;
  }
  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    const start = this.lineStarts[Math.min(position.line, this.lineStarts.length - 1)];
    return start + position.character;
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The text of a line without its line break (`\n` or `\r\n`). */
  lineText(line: number): string {
    const start = this.lineStarts[line] ?? this.text.length;
    const next = this.lineStarts[line + 1];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }

  /** The line break this file uses, so inserted lines match (CRLF files stay CRLF). */
  get eol(): string {
    this.lineBreak ??= this.text.includes('\r\n') ? '\r\n' : '\n';
    return this.lineBreak;
  }

  /** A derived model (YAML documents, Terraform blocks…) computed once per file and shared by scanners. */
  model<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }
}
