/**
 * The vocabulary of the intra-procedural taint engine: what a tainted value remembers (its
 * source, the steps it went through, which sink kinds it was sanitised for) and what a rule
 * asks of a file's analysis.
 */
import type { Node } from 'web-tree-sitter';

/**
 * What a sanitiser makes a value safe for. A rule names the kind of its sink; a value sanitised
 * for another kind (HTML-escaped text reaching a shell) is still tainted for it.
 */
export type SinkKind = 'shell' | 'sql' | 'nosql' | 'html' | 'code' | 'path' | 'url' | 'redirect' | 'log' | 'prototype' | 'regex';

export interface TaintStep {
  node: Node;
  /** e.g. "assigned to `cmd`", "passed to `build()` as `name`". */
  note: string;
}

export interface Taint {
  /** The expression the untrusted value was read from (`req.query.host`, `request.args`). */
  source: Node;
  /** How the source reads in messages. */
  label: string;
  /** Intermediate steps from the source towards the use, oldest first (bounded). */
  steps: readonly TaintStep[];
  /** Sink kinds this value was sanitised for on the way. */
  cleansed: ReadonlySet<SinkKind>;
  /**
   * The literal text in front of the untrusted part when the value was built as `'literal' + x`
   * (or a template/f-string starting with text): lets URL rules accept a fixed scheme and host.
   */
  prefix?: string;
  /** Set on the placeholder taint of a function parameter while a summary is computed. */
  parameter?: number;
  /** The placeholders (parameter indexes) that flowed into this value, kept through joins. */
  parameters?: ReadonlySet<number>;
}

/** The result of analysing one file: which expressions carry untrusted data, where they were evaluated. */
export interface TaintAnalysis {
  /** True when nothing untrusted was found in the file: taint rules can return at once. */
  readonly empty: boolean;
  /** True when the work limit stopped the analysis before the end of the file. */
  readonly truncated: boolean;
  /** The taint of an expression as the engine evaluated it (after unwrapping parentheses), if any. */
  taintOf(node: Node): Taint | undefined;
  /** Like taintOf, but undefined when the value was sanitised for `kind`. */
  reaching(node: Node, kind: SinkKind): Taint | undefined;
  /** Subscript / member assignments whose target object chain had tainted keys (prototype pollution). */
  readonly keyedWrites: readonly KeyedWrite[];
  /** Values returned by functions the engine treats as web request handlers (for response-body rules). */
  readonly handlerReturns: readonly HandlerReturn[];
}

export interface KeyedWrite {
  /** The whole assignment. */
  assignment: Node;
  /** Taints of the keys, outermost object first (`o[a][b] = v` → [a, b]); undefined for a clean key. */
  keys: Array<Taint | undefined>;
  value: Taint | undefined;
}

export interface HandlerReturn {
  /** The `return` statement's value. */
  value: Node;
  /** The handler function (Python: a route-decorated view). */
  handler: Node;
}

const MAX_STEPS = 6;

export function withStep(taint: Taint, node: Node, note: string): Taint {
  if (taint.steps.length >= MAX_STEPS) return taint;
  const last = taint.steps.at(-1);
  if (last && last.node.startIndex === node.startIndex && last.note === note) return taint;
  return { ...taint, steps: [...taint.steps, { node, note }] };
}

export function cleansedFor(taint: Taint, kinds: readonly SinkKind[]): Taint {
  const cleansed = new Set(taint.cleansed);
  for (const kind of kinds) cleansed.add(kind);
  return { ...taint, cleansed };
}

/**
 * One of several taints flowing into a value: the first keeps its path (one explained path is
 * enough), and the value is clean for a kind only when every part is.
 */
export function joinTaints(taints: ReadonlyArray<Taint | undefined>): Taint | undefined {
  const present = taints.filter((taint): taint is Taint => taint !== undefined);
  if (present.length <= 1) return present[0];
  const [first, ...rest] = present;
  const cleansed = new Set([...first.cleansed].filter((kind) => rest.every((other) => other.cleansed.has(kind))));
  const parameters = new Set(present.flatMap((taint) => [...(taint.parameters ?? [])]));
  return { ...first, cleansed, prefix: undefined, parameters: parameters.size > 0 ? parameters : undefined };
}
