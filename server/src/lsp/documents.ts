/**
 * Open documents, kept in sync incrementally, each with its last tree-sitter tree. Every
 * incremental change is also applied to the tree with `Tree.edit`, so the next parse reuses
 * the unchanged parts (a one-line edit of a large file reparses in milliseconds).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { Tree } from '../engine/parse/parser';

export interface OpenDocument {
  document: TextDocument;
  /** The tree of the last parse, edited to match `document` since. Undefined until first parsed. */
  tree?: Tree;
}

export class DocumentStore {
  private readonly documents = new Map<string, OpenDocument>();

  open(uri: string, languageId: string, version: number, text: string): OpenDocument {
    this.close(uri);
    const entry = { document: TextDocument.create(uri, languageId, version, text) };
    this.documents.set(uri, entry);
    return entry;
  }

  get(uri: string): OpenDocument | undefined {
    return this.documents.get(uri);
  }

  all(): OpenDocument[] {
    return [...this.documents.values()];
  }

  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): OpenDocument | undefined {
    const entry = this.documents.get(uri);
    if (!entry) return undefined;
    for (const change of changes) {
      const before = entry.document;
      if ('range' in change && entry.tree) {
        const startIndex = before.offsetAt(change.range.start);
        const oldEndIndex = before.offsetAt(change.range.end);
        const startPosition = { row: change.range.start.line, column: change.range.start.character };
        const oldEndPosition = { row: change.range.end.line, column: change.range.end.character };
        const lines = change.text.split('\n');
        const newEndPosition =
          lines.length === 1
            ? { row: startPosition.row, column: startPosition.column + change.text.length }
            : { row: startPosition.row + lines.length - 1, column: lines[lines.length - 1].length };
        entry.tree.edit({ startIndex, oldEndIndex, newEndIndex: startIndex + change.text.length, startPosition, oldEndPosition, newEndPosition });
      } else if (entry.tree) {
        // A full-text replacement: nothing to reuse.
        entry.tree.delete();
        entry.tree = undefined;
      }
      entry.document = TextDocument.update(before, [change], version);
    }
    return entry;
  }

  /** Replaces the stored tree (the previous one is deleted). */
  setTree(uri: string, tree: Tree | undefined): void {
    const entry = this.documents.get(uri);
    if (!entry) {
      tree?.delete();
      return;
    }
    if (entry.tree && entry.tree !== tree) entry.tree.delete();
    entry.tree = tree;
  }

  close(uri: string): void {
    const entry = this.documents.get(uri);
    entry?.tree?.delete();
    this.documents.delete(uri);
  }
}
