import { ParsedFile } from './source';
import type { TextEdit } from './types';

/**
 * Applies non-overlapping edits to a text (positions refer to the original text). Identical
 * edits are applied once: two fixes that each add the same import add it once.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const file = new ParsedFile({ path: '', text, language: 'text' }, undefined);
  const unique = [...new Map(edits.map((edit) => [JSON.stringify(edit), edit])).values()];
  const offsets = unique
    .map((edit) => ({ start: file.offsetAt(edit.range.start), end: file.offsetAt(edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let previousStart = Number.POSITIVE_INFINITY;
  for (const edit of offsets) {
    if (edit.end > previousStart) throw new Error('overlapping edits');
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    previousStart = edit.start;
  }
  return result;
}
