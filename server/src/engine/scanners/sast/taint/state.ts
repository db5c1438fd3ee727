/**
 * What both language walkers share: variable environments with weak updates inside branches,
 * the record of tainted expressions, and the work budget that keeps one file's analysis bounded.
 */
import type { Node } from 'web-tree-sitter';
import type { HandlerReturn, KeyedWrite, SinkKind, Taint, TaintAnalysis } from './types';
import { cleansedFor } from './types';
import { joinTaints } from './types';

/** What a variable holds: untrusted data, or an object whose fields are sources (a request). */
export interface Binding {
  taint?: Taint;
  /**
   * `request` (Express/Fastify/Django/Next.js), `koa` (ctx), `message` (a postMessage event),
   * `router` (the Next.js router from `useRouter()`: its `query` and `asPath` come from the URL).
   */
  role?: 'request' | 'koa' | 'message' | 'router';
}

export class Env {
  private readonly vars = new Map<string, Binding>();
  constructor(readonly parent?: Env) {}

  lookup(name: string): Binding | undefined {
    for (let env: Env | undefined = this; env; env = env.parent) {
      const binding = env.vars.get(name);
      if (binding) return binding;
    }
    return undefined;
  }

  /** Binds in this scope (declarations, parameters). */
  declare(name: string, binding: Binding): void {
    this.vars.set(name, binding);
  }

  /**
   * Assigns where the name lives (this scope when unknown). Inside a branch (`weak`) a clean value
   * does not wash out a taint the other path may still carry: branches join conservatively.
   */
  assign(name: string, binding: Binding, weak: boolean): void {
    let owner: Env = this;
    for (let env: Env | undefined = this; env; env = env.parent) {
      if (env.vars.has(name)) {
        owner = env;
        break;
      }
    }
    const previous = owner.vars.get(name);
    if (weak && previous) {
      owner.vars.set(name, { role: binding.role ?? previous.role, taint: joinTaints([binding.taint, previous.taint]) });
      return;
    }
    owner.vars.set(name, binding);
  }
}

const IDENTIFIER = /[\p{ID_Start}$_][\p{ID_Continue}$]*/gu;

/**
 * Whether a simple statement can matter to the analysis: it names a source (`sources`) or a
 * variable that holds untrusted data or a request object. Statements that do neither are skipped
 * without walking their trees, which is most of a file and most of the cost (every node visited
 * is a call into the WebAssembly parser).
 */
export function mentionsTaint(text: string, env: Env, sources: RegExp): boolean {
  if (sources.test(text)) return true;
  // `exec` on the shared pattern: `matchAll` would copy the pattern for every statement.
  IDENTIFIER.lastIndex = 0;
  for (let match = IDENTIFIER.exec(text); match; match = IDENTIFIER.exec(text)) {
    const binding = env.lookup(match[0]);
    if (binding && (binding.taint || binding.role)) return true;
  }
  return false;
}

const TYPE = Symbol('type');

/**
 * `node.type`, kept on the node object after its first read. Every read of `type` is a call into
 * the WebAssembly parser, and the walkers ask a node for it several times (comment filter,
 * wrappers, dispatch); children lists are kept by the node objects, so the kept type is reused.
 * A tree is never edited while it is analysed, so it cannot go stale.
 */
export function typeOf(node: Node): string {
  const typed = node as Node & { [TYPE]?: string };
  return typed[TYPE] ?? (typed[TYPE] = node.type);
}

/** The named children without comments. */
export function namedKids(node: Node): Node[] {
  return node.namedChildren.filter((child): child is Node => !!child && typeOf(child) !== 'comment');
}

/**
 * The nodes of one of `types` around each name `pattern` (global, with the `d` flag) captures in
 * a group: found by searching the text and asking the tree what sits there, so the cost follows
 * the number of matches, not the size of the file (a full walk or query visits every node).
 */
export function nodesAt(root: Node, text: string, pattern: RegExp, types: ReadonlySet<string>): Array<{ name: string; node: Node }> {
  const found: Array<{ name: string; node: Node }> = [];
  for (const match of text.matchAll(pattern)) {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const span = group > 0 ? match.indices?.[group] : undefined;
    if (!span) continue;
    let node: Node | null = root.descendantForIndex(span[0], span[1]);
    while (node && !types.has(node.type)) node = node.parent;
    if (node) found.push({ name: match[group], node });
  }
  return found;
}

/** Above this many evaluated nodes per file the analysis stops adding facts (it never loops forever). */
export const WORK_LIMIT = 400_000;

export class Recorder implements TaintAnalysis {
  private readonly tainted = new Map<number, Taint>();
  readonly keyedWrites: KeyedWrite[] = [];
  readonly handlerReturns: HandlerReturn[] = [];
  /** False while a function summary is computed with placeholder parameter taints. */
  enabled = true;
  private work = 0;
  /** Set when the work limit cut the analysis short: flows later in the file may be missing. */
  truncated = false;

  constructor(
    private readonly unwrap: (node: Node) => Node,
    private readonly workLimit = WORK_LIMIT,
  ) {}

  /** Counts one unit of work; false once the limit is reached (the walkers then stop descending). */
  step(): boolean {
    if (this.work++ < this.workLimit) return true;
    this.truncated = true;
    return false;
  }

  record(node: Node, taint: Taint | undefined): Taint | undefined {
    if (taint && this.enabled && !taint.parameters && !this.tainted.has(node.id)) this.tainted.set(node.id, taint);
    return taint;
  }

  get empty(): boolean {
    return this.tainted.size === 0 && this.keyedWrites.length === 0;
  }

  taintOf(node: Node): Taint | undefined {
    return this.tainted.get(node.id) ?? this.tainted.get(this.unwrap(node).id);
  }

  reaching(node: Node, kind: SinkKind): Taint | undefined {
    const taint = this.taintOf(node);
    return taint && !taint.cleansed.has(kind) ? taint : undefined;
  }
}

/** Functions a file defines by name, and what each one's parameters do (computed on demand). */
export interface Summary {
  /** Parameters whose value reaches the return value. */
  parametersToReturn: Set<number>;
  /** Sink kinds the returned value was sanitised for inside the function (`return shlex.quote(x)`). */
  cleansed?: ReadonlySet<SinkKind>;
  /** A source the function returns by itself (`return request.args["q"]`). */
  ownReturn?: Taint;
}

/** A placeholder taint for parameter `index` while its function's summary is computed. */
export function placeholder(node: Node, name: string, index: number): Taint {
  return { source: node, label: name, steps: [], cleansed: new Set(), parameter: index, parameters: new Set([index]) };
}

/** What a function returned, as a summary: which placeholders reached it, and a source of its own. */
export function summarise(returned: Taint | undefined): Summary {
  const summary: Summary = { parametersToReturn: new Set(returned?.parameters ?? []), cleansed: returned?.cleansed };
  if (returned && returned.parameter === undefined) summary.ownReturn = { ...returned, parameters: undefined };
  return summary;
}

/** The taint a call returns given its arguments' taints (by parameter index) and the callee's summary. */
export function applySummary(summary: Summary, argument: (index: number) => Taint | undefined): Taint | undefined {
  const flowing = [...summary.parametersToReturn].map(argument).map((taint) => (taint && summary.cleansed ? cleansedFor(taint, [...summary.cleansed]) : taint));
  return joinTaints([...flowing, summary.ownReturn]);
}

/** The name of a callee that is a plain identifier, else undefined. */
export function plainName(node: Node | null | undefined): string | undefined {
  return node && node.type === 'identifier' ? node.text : undefined;
}

/** A short, one-line excerpt of source for messages. */
export function label(node: Node, max = 48): string {
  const text = node.text.replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
