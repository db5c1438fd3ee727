/**
 * Shared by the taint rules: turn "this value reaches this sink" into a finding whose message
 * names the source and the sink with their lines and whose related locations walk the path.
 * The flow itself comes from the engine (server/src/engine/scanners/sast/taint/): one
 * intra-procedural analysis per file, shared by every rule.
 */
import type { Node, SastContext, SastHit } from '../../../server/src/engine/scanners/sast/rule';
import { flowMessage, flowRelated, taintAnalysis, type SinkKind, type Taint } from '../../../server/src/engine/scanners/sast/taint/index';
import { nodesAt } from '../../../server/src/engine/scanners/sast/taint/state';

export { taintAnalysis, type SinkKind, type Taint };

export interface FlowOptions {
  /** Said after the flow: what to do instead. */
  advice?: string;
  fix?: SastHit['fix'];
  /** Accepts a flow that is safe for this sink in a way the sink kind cannot say (a fixed URL origin). */
  safe?: (taint: Taint) => boolean;
}

/**
 * A finding when untrusted data reaches `value` (an argument or assigned value) unsanitised for
 * `kind`; the finding lands on `sink` (usually the call) and names it as `sinkName`.
 */
export function flowHit(context: SastContext, value: Node | undefined, kind: SinkKind, sink: Node, sinkName: string, options: FlowOptions = {}): SastHit | undefined {
  if (!value) return undefined;
  const taint = taintAnalysis(context).reaching(value, kind);
  if (!taint || options.safe?.(taint)) return undefined;
  return { node: sink, message: flowMessage(taint, sinkName, sink, options.advice), related: flowRelated(taint), fix: options.fix };
}

/** A URL whose scheme and host are fixed text in front of the untrusted part (`https://api.example.com/` + id). */
export function hasFixedOrigin(taint: Taint): boolean {
  return taint.prefix !== undefined && /^(?:[a-z][\w+.-]*:)?\/\/[^/?#\s]+[/?#]/i.test(taint.prefix);
}

/** A redirect target fixed to this site: an absolute path (`/users/` + id, not `//`) or a fixed origin. */
export function staysOnSite(taint: Taint): boolean {
  return hasFixedOrigin(taint) || (taint.prefix !== undefined && /^\/[^/\\]/.test(taint.prefix));
}

/**
 * Splits a command written as literal words and whole substitutions (`convert ${a} out.png`)
 * into its words; undefined when a word mixes text and a substitution, or when the literal text
 * uses shell syntax (quotes, pipes, globs, variables), because then an argument list would not
 * run the same thing. `parts` lists the template's pieces: literal text or a substitution node.
 */
export function splitCommandWords(parts: Array<string | Node>): Array<string | Node> | undefined {
  const words: Array<string | Node> = [];
  let literal: string | undefined;
  let pendingNode: Node | undefined;
  const flush = () => {
    if (literal !== undefined && pendingNode) return false;
    if (literal !== undefined) words.push(literal);
    if (pendingNode) words.push(pendingNode);
    literal = undefined;
    pendingNode = undefined;
    return true;
  };
  for (const part of parts) {
    if (typeof part === 'string') {
      if (/[|&;<>()$`\\"'*?[\]#~={}%!]/.test(part)) return undefined;
      for (const [index, piece] of part.split(/(\s+)/).entries()) {
        if (index % 2 === 1) {
          if (!flush()) return undefined;
        } else if (piece !== '') {
          if (pendingNode) return undefined;
          literal = (literal ?? '') + piece;
        }
      }
    } else {
      if (literal !== undefined || pendingNode) return undefined;
      pendingNode = part;
    }
  }
  if (!flush()) return undefined;
  return words.length > 0 && typeof words[0] === 'string' ? words : undefined;
}

export interface JsAssignment {
  assignment: Node;
  left: Node;
  right: Node;
  /** The assigned property (`innerHTML` of `el.innerHTML = …`), or the identifier's name. */
  property: string;
  augmented: boolean;
}

/** An assignment to one of the sink properties: `el.innerHTML =`, `location.href +=`, `ctx.body =`, `location =`. */
const ASSIGNMENT_SINKS = /(?:\.|\b)(innerHTML|outerHTML|href|location|body)\s*(?:\+|\|\||\?\?)?=(?![=>])/dgu;
const ASSIGNMENT_TYPES = new Set(['assignment_expression', 'augmented_assignment_expression']);

/**
 * The assignments to sink properties in a JS/TS file (shared by the rules with assignment
 * sinks). Found from the text, so the cost follows the number of such assignments rather than
 * the size of the tree.
 */
export function jsAssignments(context: SastContext): JsAssignment[] {
  return context.file.model('sast:js-assignments', () => {
    const found: JsAssignment[] = [];
    // The pattern also matches inside the assigned text (`el.innerHTML = `<a href="${x}">``): one entry per assignment.
    const seen = new Set<number>();
    for (const { node: assignment } of nodesAt(context.root, context.file.text, ASSIGNMENT_SINKS, ASSIGNMENT_TYPES)) {
      if (seen.has(assignment.id)) continue;
      seen.add(assignment.id);
      const left = assignment.childForFieldName('left');
      const right = assignment.childForFieldName('right');
      if (!left || !right || !['member_expression', 'subscript_expression', 'identifier'].includes(left.type)) continue;
      const property = left.type === 'member_expression' ? (left.childForFieldName('property')?.text ?? '') : left.type === 'identifier' ? left.text : '';
      found.push({ assignment, left, right, property, augmented: assignment.type === 'augmented_assignment_expression' });
    }
    return found;
  });
}

/** A finding for a flow the rule already has in hand (e.g. a key of a nested assignment). */
export function flowHitFor(taint: Taint, sink: Node, sinkName: string, advice?: string): SastHit {
  return { node: sink, message: flowMessage(taint, sinkName, sink, advice), related: flowRelated(taint) };
}
