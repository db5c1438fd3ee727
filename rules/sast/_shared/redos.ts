/**
 * A small, bounded analyser of regular-expression syntax (JavaScript and Python flavours) that
 * finds the shapes which make a backtracking engine take exponential time on a failing input:
 *
 * - a repeated group whose body can match the same text in more than one way because an
 *   unbounded quantifier inside it is surrounded only by optional parts, or by parts that can
 *   match the same characters: `(a+)+`, `(\w+\s?)*`, `(.*,)*`, `(x+x+)+`;
 * - a repeated alternation of two alternatives that can match the same single character or
 *   are spelled the same: `(a|a)*`, `(\w|\d)+`, `(.|\s)*`.
 *
 * Both only when something that can fail follows the repetition (`$`, more pattern): otherwise
 * the first way of matching is accepted and nothing backtracks.
 *
 * Limits (on purpose, for precision): it reports only these exponential shapes, not the
 * polynomial ones (`\d+\d+`, `.*x.*y` when unanchored), which are common in harmless code; it
 * ignores case-insensitivity (but knows what `.` matches with and without dot-all), treats Unicode property escapes (`\p{L}`) as matching nothing it
 * can compare, gives up on back-references, on Python's verbose mode, on groups nested deeper
 * than MAX_DEPTH and on patterns longer than MAX_PATTERN characters; bounded quantifiers (`{1,5}`) count as safe.
 */

/** Patterns longer than this are not analysed (bounded time per literal). */
export const MAX_PATTERN = 2000;
/** Groups nested deeper than this are not analysed (bounded recursion). */
const MAX_DEPTH = 64;
const MAX_CODE_POINT = 0x10ffff;

type Ranges = Array<[number, number]>;

type RegexNode =
  | { kind: 'chars'; set: Ranges }
  | { kind: 'empty' }
  /** Zero-width but able to fail: `^`, `$`, `\b`, lookarounds. */
  | { kind: 'assertion' }
  | { kind: 'sequence'; items: RegexNode[] }
  | { kind: 'alternation'; alternatives: RegexNode[]; source: string[] }
  | { kind: 'group'; body: RegexNode }
  | { kind: 'quantified'; body: RegexNode; min: number; max: number };

class Unsupported extends Error {}

const DIGITS: Ranges = [[0x30, 0x39]];
const WORD: Ranges = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
const SPACE: Ranges = [[0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]];
const ANY: Ranges = [[0, MAX_CODE_POINT]];

/** How `.` behaves: what it excludes without the dot-all flag differs between JavaScript and Python. */
export interface RegexFlavour {
  /** Characters `.` does not match unless `dotAll` is set. */
  dotExcludes: Ranges;
  dotAll: boolean;
}
/** JavaScript: `.` stops at line terminators (\n, \r, U+2028, U+2029) unless the `s` flag is set. */
export const JS_DOT: Ranges = [[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]];
/** Python: `.` stops at \n only, unless DOTALL. */
export const PY_DOT: Ranges = [[0x0a, 0x0a]];

function normalise(ranges: Ranges): Ranges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const result: Ranges = [];
  for (const [lo, hi] of sorted) {
    const last = result.at(-1);
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else result.push([lo, hi]);
  }
  return result;
}

function complement(ranges: Ranges): Ranges {
  const result: Ranges = [];
  let next = 0;
  for (const [lo, hi] of normalise(ranges)) {
    if (lo > next) result.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_POINT) result.push([next, MAX_CODE_POINT]);
  return result;
}

function overlaps(a: Ranges, b: Ranges): boolean {
  return a.some(([alo, ahi]) => b.some(([blo, bhi]) => alo <= bhi && blo <= ahi));
}

class Parser {
  private position = 0;
  private depth = 0;
  private readonly dot: Ranges;
  constructor(
    private readonly pattern: string,
    flavour: RegexFlavour,
  ) {
    // An inline `(?s)` at the start (Python) also makes `.` match everything.
    this.dot = flavour.dotAll || /^\(\?[a-zA-Z]*s[a-zA-Z]*\)/.test(pattern) ? ANY : complement(flavour.dotExcludes);
  }

  parse(): RegexNode {
    const node = this.alternation();
    if (this.position < this.pattern.length) throw new Unsupported('unbalanced )');
    return node;
  }

  private peek(): string | undefined {
    return this.pattern[this.position];
  }

  private alternation(): RegexNode {
    const alternatives: RegexNode[] = [];
    const source: string[] = [];
    for (;;) {
      const start = this.position;
      alternatives.push(this.sequence());
      source.push(this.pattern.slice(start, this.position));
      if (this.peek() !== '|') break;
      this.position++;
    }
    return alternatives.length === 1 ? alternatives[0] : { kind: 'alternation', alternatives, source };
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (this.position < this.pattern.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      items.push(this.quantifier(atom));
    }
    return items.length === 1 ? items[0] : { kind: 'sequence', items };
  }

  private quantifier(atom: RegexNode): RegexNode {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const match = /^\{(\d*)(,?)(\d*)\}/.exec(this.pattern.slice(this.position));
      if (!match || (match[1] === '' && match[3] === '')) return atom; // a literal `{`
      min = match[1] === '' ? 0 : Number(match[1]);
      max = match[2] ? (match[3] === '' ? Infinity : Number(match[3])) : min;
      this.position += match[0].length - 1;
    } else return atom;
    this.position++;
    if (this.peek() === '?' || this.peek() === '+') this.position++; // lazy / possessive: same shape for our purpose
    return { kind: 'quantified', body: atom, min, max };
  }

  private atom(): RegexNode {
    const c = this.pattern[this.position++];
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return { kind: 'chars', set: this.characterClass() };
      case '.':
        return { kind: 'chars', set: this.dot };
      case '^':
      case '$':
        return { kind: 'assertion' };
      case '\\':
        return this.escape(false) ?? { kind: 'assertion' };
      case '*':
      case '+':
      case '?':
        throw new Unsupported('nothing to repeat');
      default: {
        const code = this.pattern.codePointAt(this.position - 1)!;
        if (code > 0xffff) this.position++;
        return { kind: 'chars', set: [[code, code]] };
      }
    }
  }

  private group(): RegexNode {
    let lookaround = false;
    if (this.peek() === '?') {
      const rest = this.pattern.slice(this.position);
      let match: RegExpExecArray | null;
      if ((match = /^\?(?:<?[=!])/.exec(rest))) lookaround = true;
      else if ((match = /^\?(?::|P?<[A-Za-z_][A-Za-z0-9_]*>|'[A-Za-z_][A-Za-z0-9_]*'|>)/.exec(rest))) void 0;
      else if ((match = /^\?#[^)]*/.exec(rest))) {
        this.position += match[0].length + 1;
        return { kind: 'empty' };
      } else if ((match = /^\?([a-zA-Z-]*)(:|\))/.exec(rest))) {
        if (match[1].includes('x')) throw new Unsupported('verbose mode');
        if (match[2] === ')') {
          this.position += match[0].length;
          return { kind: 'empty' };
        }
      } else if (/^\?P[=>]/.test(rest) || /^\?\(/.test(rest)) throw new Unsupported('back-reference or conditional');
      else throw new Unsupported('unknown group');
      this.position += match[0].length;
    }
    if (++this.depth > MAX_DEPTH) throw new Unsupported('nested too deep');
    const body = this.alternation();
    this.depth--;
    if (this.pattern[this.position++] !== ')') throw new Unsupported('unclosed (');
    return lookaround ? { kind: 'assertion' } : { kind: 'group', body };
  }

  /** An escape after `\`: a character set, or undefined for an assertion (`\b`). */
  private escape(inClass: boolean): RegexNode | undefined {
    const c = this.pattern[this.position++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    const set = (ranges: Ranges): RegexNode => ({ kind: 'chars', set: ranges });
    switch (c) {
      case 'd': return set(DIGITS);
      case 'D': return set(complement(DIGITS));
      case 'w': return set(WORD);
      case 'W': return set(complement(WORD));
      case 's': return set(SPACE);
      case 'S': return set(complement(SPACE));
      case 'n': return set([[10, 10]]);
      case 'r': return set([[13, 13]]);
      case 't': return set([[9, 9]]);
      case 'f': return set([[12, 12]]);
      case 'v': return set([[11, 11]]);
      case 'p':
      case 'P': {
        // Unicode property: a set we cannot compare; it matches nothing for the overlap tests.
        const match = /^\{[^}]*\}/.exec(this.pattern.slice(this.position));
        if (match) this.position += match[0].length;
        return set([]);
      }
      case 'x': {
        const match = /^[0-9a-fA-F]{2}/.exec(this.pattern.slice(this.position));
        if (!match) return set([[0x78, 0x78]]);
        this.position += 2;
        const code = parseInt(match[0], 16);
        return set([[code, code]]);
      }
      case 'u': {
        const match = /^(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/.exec(this.pattern.slice(this.position));
        if (!match) return set([[0x75, 0x75]]);
        this.position += match[0].length;
        const code = parseInt(match[1] ?? match[2], 16);
        return set([[code, code]]);
      }
      case 'b':
        return inClass ? set([[8, 8]]) : undefined;
      case 'B':
      case 'A':
      case 'Z':
      case 'z':
      case 'G':
        return undefined;
      case 'k':
        throw new Unsupported('back-reference');
      default:
        if (/[1-9]/.test(c)) {
          if (inClass) return set([[c.charCodeAt(0), c.charCodeAt(0)]]);
          throw new Unsupported('back-reference');
        }
        if (c === '0') return set([[0, 0]]);
        return set([[c.codePointAt(0)!, c.codePointAt(0)!]]);
    }
  }

  private characterClass(): Ranges {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.position++;
    }
    const ranges: Ranges = [];
    let first = true;
    for (;;) {
      if (this.position >= this.pattern.length) throw new Unsupported('unclosed [');
      let c = this.pattern[this.position];
      if (c === ']' && !first) {
        this.position++;
        break;
      }
      first = false;
      if (c === '[' && this.pattern[this.position + 1] === ':') throw new Unsupported('POSIX class');
      let low: Ranges;
      this.position++;
      if (c === '\\') {
        const escaped = this.escape(true);
        low = escaped?.kind === 'chars' ? escaped.set : [];
      } else {
        const code = this.pattern.codePointAt(this.position - 1)!;
        if (code > 0xffff) this.position++;
        low = [[code, code]];
      }
      // A range `a-z` (only between two single characters).
      if (this.peek() === '-' && this.pattern[this.position + 1] !== ']' && this.position + 1 < this.pattern.length && low.length === 1 && low[0][0] === low[0][1]) {
        this.position++;
        c = this.pattern[this.position++];
        let high: number;
        if (c === '\\') {
          const escaped = this.escape(true);
          if (escaped?.kind !== 'chars' || escaped.set.length !== 1 || escaped.set[0][0] !== escaped.set[0][1]) throw new Unsupported('odd range');
          high = escaped.set[0][0];
        } else {
          high = this.pattern.codePointAt(this.position - 1)!;
          if (high > 0xffff) this.position++;
        }
        ranges.push([low[0][0], Math.max(low[0][0], high)]);
      } else ranges.push(...low);
    }
    return negated ? complement(ranges) : normalise(ranges);
  }
}

function nullable(node: RegexNode): boolean {
  switch (node.kind) {
    case 'empty':
    case 'assertion':
      return true;
    case 'chars':
      return false;
    case 'sequence':
      return node.items.every(nullable);
    case 'alternation':
      return node.alternatives.some(nullable);
    case 'group':
      return nullable(node.body);
    case 'quantified':
      return node.min === 0 || nullable(node.body);
  }
}

/** Every character the node can consume. */
function characters(node: RegexNode): Ranges {
  switch (node.kind) {
    case 'empty':
    case 'assertion':
      return [];
    case 'chars':
      return node.set;
    case 'sequence':
      return normalise(node.items.flatMap(characters));
    case 'alternation':
      return normalise(node.alternatives.flatMap(characters));
    case 'group':
    case 'quantified':
      return characters(node.body);
  }
}

function hasAssertion(node: RegexNode): boolean {
  switch (node.kind) {
    case 'assertion':
      return true;
    case 'empty':
    case 'chars':
      return false;
    case 'sequence':
      return node.items.some(hasAssertion);
    case 'alternation':
      return node.alternatives.some(hasAssertion);
    case 'group':
    case 'quantified':
      return hasAssertion(node.body);
  }
}

/** Something that can make the overall match fail after it has matched: what forces backtracking. */
function canFail(node: RegexNode): boolean {
  return !nullable(node) || hasAssertion(node);
}

function ungroup(node: RegexNode): RegexNode {
  let current = node;
  while (current.kind === 'group') current = current.body;
  return current;
}

/** What makes a repeated body ambiguous, or undefined when it is not. */
function ambiguity(body: RegexNode): string | undefined {
  const inner = ungroup(body);
  if (inner.kind === 'alternation') {
    const singles = inner.alternatives.map((alternative) => {
      const plain = ungroup(alternative);
      return plain.kind === 'chars' ? plain.set : undefined;
    });
    for (let i = 0; i < inner.alternatives.length; i++) {
      for (let j = i + 1; j < inner.alternatives.length; j++) {
        if (inner.source[i] === inner.source[j] && !nullable(inner.alternatives[i])) return `the alternatives \`${inner.source[i]}\` repeat`;
        const a = singles[i];
        const b = singles[j];
        if (a && b && overlaps(a, b)) return `the alternatives \`${inner.source[i]}\` and \`${inner.source[j]}\` match the same characters`;
      }
    }
    return undefined;
  }
  const items = inner.kind === 'sequence' ? inner.items : [inner];
  for (let i = 0; i < items.length; i++) {
    const item = ungroup(items[i]);
    if (item.kind !== 'quantified' || item.max !== Infinity || nullable(item.body)) continue;
    const repeated = characters(item.body);
    if (repeated.length === 0) continue;
    const rest = items.filter((_, index) => index !== i);
    // Every other part is optional or can eat the same characters: one string splits many ways.
    if (rest.every((other) => nullable(other) || overlaps(characters(other), repeated))) return 'a repeated part inside it is repeated again';
  }
  return undefined;
}

/**
 * The first exponential shape in the node. `followed` says whether something that can fail comes
 * after the node: without it the engine accepts the first way the repetition matches and never
 * tries the others, so `^(a+)+` alone is harmless while `^(a+)+$` is not.
 */
function findNested(node: RegexNode, followed: boolean): string | undefined {
  switch (node.kind) {
    case 'empty':
    case 'assertion':
    case 'chars':
      return undefined;
    case 'sequence':
      for (let i = 0; i < node.items.length; i++) {
        const found = findNested(node.items[i], followed || node.items.slice(i + 1).some(canFail));
        if (found) return found;
      }
      return undefined;
    case 'alternation':
      for (const alternative of node.alternatives) {
        const found = findNested(alternative, followed);
        if (found) return found;
      }
      return undefined;
    case 'group':
      return findNested(node.body, followed);
    case 'quantified': {
      // A body with an assertion (`(a+\b)+`, `(a+$)*`) is pinned in place: left alone, for precision.
      if (node.max === Infinity && followed && !hasAssertion(node.body)) {
        const found = ambiguity(node.body);
        if (found) return found;
      }
      return findNested(node.body, followed);
    }
  }
}

/**
 * Why the pattern can backtrack exponentially, or undefined when none of the shapes above is
 * found (or the pattern is beyond what this analyser reads).
 */
export function redosReason(pattern: string, flavour: RegexFlavour): string | undefined {
  if (pattern.length > MAX_PATTERN) return undefined;
  let tree: RegexNode;
  try {
    tree = new Parser(pattern, flavour).parse();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  return findNested(tree, false);
}
