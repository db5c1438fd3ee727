/**
 * The taint engine's entry point for rules: one analysis per file (memoised on the parsed file,
 * shared by every taint rule), and the words and related locations that explain a flow.
 */
import type { Node } from 'web-tree-sitter';
import { lineRef, type SastContext, type SastRelated } from '../rule';
import { analyseJavaScript, jsUnwrapTaint } from './javascript';
import { analysePython, pyUnwrapTaint } from './python';
import type { Taint, TaintAnalysis } from './types';

export type { SinkKind, Taint, TaintAnalysis, TaintStep, KeyedWrite, HandlerReturn } from './types';

/** The file's taint analysis, computed on first use and shared by all rules. */
export function taintAnalysis(context: SastContext, workLimit?: number): TaintAnalysis {
  return context.file.model('sast:taint', () => {
    const analysis = context.language === 'python' ? analysePython(context.root, context.file.text, workLimit) : analyseJavaScript(context.root, workLimit);
    if (analysis.truncated) {
      // Findings up to the limit stand; the user learns that later flows may be missing.
      context.notify({ level: 'warning', file: context.file.path, message: 'data-flow analysis stopped at its work limit: flows further into this file may be missed (split the file to have it analysed fully)' });
    }
    return analysis;
  });
}

export function unwrapForTaint(context: SastContext, node: Node): Node {
  return context.language === 'python' ? pyUnwrapTaint(node) : jsUnwrapTaint(node);
}

/** "`req.query.host` (line 14) reaches `exec()` (line 15) unsanitised" — the sink's name as written. */
export function flowMessage(taint: Taint, sink: string, sinkNode: Node, advice?: string): string {
  const via = taint.steps.find((step) => step.note.startsWith('passed to'));
  const through = via ? ` through ${via.note.replace(/^passed to /, '')} (${lineRef(via.node)})` : '';
  return `\`${taint.label}\` (${lineRef(taint.source)}) reaches ${sink} (${lineRef(sinkNode)})${through} unsanitised${advice ? `; ${advice}` : ''}`;
}

/** The source, then each recorded step, as related locations (LSP relatedInformation, SARIF relatedLocations/codeFlows). */
export function flowRelated(taint: Taint): SastRelated[] {
  return [
    { node: taint.source, message: `source: untrusted \`${taint.label}\`` },
    ...taint.steps.map((step) => ({ node: step.node, message: step.note })),
  ];
}
