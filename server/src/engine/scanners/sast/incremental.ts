/**
 * Incremental SAST for editors: after an edit, only the parts of a file the edit can reach are
 * analysed again; what the previous scan found elsewhere is kept, moved with the code.
 *
 * The unit is a top-level statement (a function, a route registration…); a class is opened into
 * its members (each method a unit) and a *frame* (the text around them), and so is a function that
 * wraps most of a file (an IIFE, a UMD factory). A unit's findings depend on its own text and,
 * through names, on other units: it reads names that other units bind or assign (imports,
 * constants, module variables, functions whose summary the taint engine applies), and a call hands
 * its arguments to the same-file function it calls (the engine walks a callee again with its
 * callers' untrusted arguments). So after an edit:
 *
 * 1. The units the edit touched are found by comparing the previous text with the new one.
 * 2. *Affected* units are analysed again: those that read a name a touched or affected unit binds
 *    or assigns (their values may differ), and the functions a touched or affected unit calls
 *    (what reaches them may differ). Every other unit keeps its findings.
 * 3. To analyse them, an excerpt of the file is scanned that holds only what they can depend on:
 *    the affected units; every caller of a function among them; every unit that binds or assigns
 *    a name any of those read, transitively; and every *header* (imports, statements that define
 *    no function, frames, text a rule reads file-wide), which rules read for file-wide facts. Its
 *    findings are mapped back to the file's offsets.
 *
 * Names are the words of a unit's text, so every set is an over-approximation: a word in a comment
 * or a string may bring in a unit that did not need to come, never leave out one that did.
 * Whatever this does not reason about falls back to scanning the whole file: an edit to a header,
 * a syntax error, units whose boundaries moved, too much to analyse again. A test compares the two
 * paths on every rule case, on real code and on the benchmark files under generated edits.
 */
import type { Node, Query } from 'web-tree-sitter';
import type { TreeLanguage } from '../../parse/languages';

/** What a unit says about names, from its own text only (so it is kept by text across scans). */
export interface UnitFacts {
  /** Every word of the unit: the names it may read. */
  readonly mentions: ReadonlySet<string>;
  /** Names the unit binds at the top level: declarations, imports, top-level assignments. */
  readonly binds: ReadonlySet<string>;
  /** The words of every assignment target anywhere in the unit (`x = …`, `o.k = …`, `x++`, `for (x of …)`). */
  readonly writes: ReadonlySet<string>;
  /**
   * Kept in every partial scan, and an edit to one rescans the whole file: imports (a statement
   * that imports anywhere in it, since rules read a file's imports wherever they are), statements
   * that define no function, and statements with text a rule reads file-wide (`SastRule.fileWide`).
   */
  readonly header: boolean;
  /** Defines a function (its callers' arguments reach it; a header may, when it also imports). */
  readonly defines: boolean;
}

export interface Unit {
  start: number;
  end: number;
  text: string;
  facts: UnitFacts;
  /** For a member of a class or wrapper function: the index of its container's opening frame. */
  inside?: number;
}

const WORD = /[\p{ID_Start}$_][\p{ID_Continue}$]*/gu;

function wordsOf(text: string, into = new Set<string>()): Set<string> {
  for (const match of text.matchAll(WORD)) into.add(match[0]);
  return into;
}

/** Assignment targets, per language: the words of each capture are the unit's writes. */
export const WRITES_QUERY: Record<'javascript' | 'python', string> = {
  javascript: `
    (assignment_expression left: (_) @write)
    (augmented_assignment_expression left: (_) @write)
    (update_expression argument: (_) @write)
    (for_in_statement left: (_) @write)`,
  python: `
    (assignment left: (_) @write)
    (augmented_assignment left: (_) @write)
    (for_statement left: (_) @write)
    (for_in_clause left: (_) @write)
    (named_expression name: (_) @write)
    (global_statement (identifier) @write)
    (nonlocal_statement (identifier) @write)
    (delete_statement (_) @write)
    (as_pattern alias: (_) @write)`,
};

export function writesFamily(language: TreeLanguage): 'javascript' | 'python' {
  return language === 'python' ? 'python' : 'javascript';
}

const JS_FUNCTION_WORDS = /=>|\bfunction\b|\bclass\b/;
const PY_FUNCTION_WORDS = /\bdef\b|\blambda\b|\bclass\b/;
const JS_IMPORTS = /\brequire\s*\(|\bimport\s*\(/;
const PY_IMPORTS = /^\s*(?:from\s+\S+\s+)?import\s/m;
const JS_DECLARATIONS = new Set(['function_declaration', 'generator_function_declaration', 'class_declaration', 'abstract_class_declaration', 'enum_declaration', 'module', 'internal_module', 'interface_declaration', 'type_alias_declaration']);

/**
 * The facts of one unit, given its node and the words of its assignment targets. `fileWide` says
 * whether the text holds something a rule reads from anywhere in the file (`SastRule.fileWide`).
 */
export function unitFacts(node: Node, text: string, language: TreeLanguage, writes: Set<string>, fileWide?: (text: string) => boolean, classMember = false): UnitFacts {
  const type = node.type;
  const binds = new Set<string>();
  let defines: boolean;
  let header: boolean;
  if (language === 'python') {
    defines = type === 'function_definition' || type === 'class_definition' || type === 'decorated_definition' || PY_FUNCTION_WORDS.test(text);
    header = !defines || PY_IMPORTS.test(text);
    if (type.startsWith('import') || type === 'future_import_statement') wordsOf(text, binds);
    const definition = type === 'decorated_definition' ? node.childForFieldName('definition') : node;
    const name = definition?.childForFieldName('name');
    if (name) binds.add(name.text);
  } else {
    defines = type === 'method_definition' || JS_FUNCTION_WORDS.test(text);
    header = !defines || type === 'import_statement' || JS_IMPORTS.test(text);
    jsBinds(node, text, binds);
  }
  if (fileWide?.(text)) header = true;
  // A method is reached through its object, never by its bare name: its name links nothing.
  if (classMember && !header) binds.clear();
  // Top-level code of a header assigns module variables; inside functions an assignment binds a
  // module name only when one is declared (then it is a write to that name).
  if (header) for (const word of writes) binds.add(word);
  return { mentions: wordsOf(text), binds, writes, header, defines };
}

function jsBinds(node: Node, text: string, into: Set<string>): void {
  const type = node.type;
  if (type === 'import_statement') {
    wordsOf(text, into);
    return;
  }
  if (type === 'export_statement') {
    const declaration = node.childForFieldName('declaration');
    if (declaration) jsBinds(declaration, declaration.text, into);
    return;
  }
  if (type === 'lexical_declaration' || type === 'variable_declaration') {
    for (const declarator of node.namedChildren) {
      const name = declarator?.type === 'variable_declarator' ? declarator.childForFieldName('name') : null;
      if (name) wordsOf(name.text, into);
    }
    return;
  }
  if (type === 'ambient_declaration') {
    wordsOf(text, into);
    return;
  }
  if (JS_DECLARATIONS.has(type)) {
    const name = node.childForFieldName('name');
    if (name) into.add(name.text);
  }
}

/** A unit before its facts: a statement (`node`), or a frame piece of a class or wrapper function. */
interface Piece {
  start: number;
  end: number;
  node?: Node;
  /** For a frame: the name it binds (a class's). */
  binds?: string;
  /** For a unit inside a class or wrapper function: the index of that container's opening frame. */
  inside?: number;
  /** A member of a class: a method's name binds nothing (the engine does not follow `this.m()`). */
  classMember?: boolean;
}

/**
 * The statement list a unit holds, when analysing its members one by one is worth it: a class
 * body (its methods), or — for a statement that holds most of the file — the body of the function
 * it wraps the file's code in (`(function () { … })()`, UMD and AMD factories; not a route
 * handler, whose statements share its locals). Undefined for anything else.
 */
function containerBody(node: Node, language: TreeLanguage, fileLength: number): { body: Node; name?: string; isClass?: boolean } | undefined {
  const type = node.type;
  if (language === 'python') {
    const definition = type === 'decorated_definition' ? node.childForFieldName('definition') : node;
    if (definition?.type !== 'class_definition') return undefined;
    const body = definition.childForFieldName('body');
    return body ? { body, name: definition.childForFieldName('name')?.text, isClass: true } : undefined;
  }
  const declaration = type === 'export_statement' ? node.childForFieldName('declaration') : node;
  if (declaration && (declaration.type === 'class_declaration' || declaration.type === 'abstract_class_declaration')) {
    const body = declaration.childForFieldName('body');
    return body ? { body, name: declaration.childForFieldName('name')?.text, isClass: true } : undefined;
  }
  if (type !== 'expression_statement' || (node.endIndex - node.startIndex) * 2 < fileLength) return undefined;
  let call = node.namedChild(0);
  while (call?.type === 'parenthesized_expression') call = call.namedChild(0);
  if (call?.type !== 'call_expression') return undefined;
  const candidates = [call.childForFieldName('function'), ...(call.childForFieldName('arguments')?.namedChildren ?? [])];
  let best: Node | undefined;
  for (let candidate of candidates) {
    while (candidate?.type === 'parenthesized_expression') candidate = candidate.namedChild(0);
    if (candidate?.type !== 'function_expression' && candidate?.type !== 'arrow_function' && candidate?.type !== 'function') continue;
    const body = candidate.childForFieldName('body');
    if (body?.type === 'statement_block' && (!best || body.endIndex - body.startIndex > best.endIndex - best.startIndex)) best = body;
  }
  return best ? { body: best } : undefined;
}

/** The pieces of `nodes`, classes and wrappers opened into frames and members (recursively). */
function piecesOf(nodes: readonly Node[], text: string, language: TreeLanguage, into: Piece[], inside?: number, classMember?: boolean): void {
  for (const node of nodes) {
    const container = containerBody(node, language, text.length);
    const members = container ? container.body.namedChildren.filter((child): child is Node => child !== null) : [];
    if (!container || members.length < 2) {
      into.push({ start: node.startIndex, end: node.endIndex, node, inside, classMember });
      continue;
    }
    // The frame: from the statement's start to the first member, and from the last member to its end.
    let openEnd = members[0].startIndex;
    while (openEnd > node.startIndex && /\s/.test(text[openEnd - 1])) openEnd--;
    const open = into.length;
    into.push({ start: node.startIndex, end: openEnd, binds: container.name, inside });
    piecesOf(members, text, language, into, open, container.isClass);
    let closeStart = members[members.length - 1].endIndex;
    while (closeStart < node.endIndex && /\s/.test(text[closeStart])) closeStart++;
    if (closeStart < node.endIndex) into.push({ start: closeStart, end: node.endIndex, inside });
  }
}

/**
 * The units of a tree and their facts, taken from `cache` when a unit's text was seen before:
 * top-level statements, except that classes and wrapper functions are opened (see
 * `containerBody`) into their members plus their frame (the text around the members, a header).
 * `writesQuery` runs once over the units that are not cached. The cache must belong to one
 * `fileWide` pattern (one scanner's rules).
 */
export function unitsOf(root: Node, text: string, language: TreeLanguage, writesQuery: Query, cache: FactsCache, fileWide?: (text: string) => boolean): Unit[] {
  const pieces: Piece[] = [];
  piecesOf(root.namedChildren.filter((node): node is Node => node !== null), text, language, pieces);
  const units: Unit[] = [];
  const missing: number[] = [];
  for (const piece of pieces) {
    const unitText = text.slice(piece.start, piece.end);
    const facts = cache.get(language, cacheKey(piece, unitText));
    if (!facts) missing.push(units.length);
    units.push({ start: piece.start, end: piece.end, text: unitText, facts: facts ?? EMPTY_FACTS, ...(piece.inside !== undefined ? { inside: piece.inside } : {}) });
  }
  if (missing.length === 0) return units;
  const writes = missing.map(() => new Set<string>());
  const single = missing.length === 1 ? pieces[missing[0]].node : undefined;
  if (single) {
    for (const match of writesQuery.matches(single)) for (const capture of match.captures) wordsOf(capture.node.text, writes[0]);
  } else {
    // One walk over the tree; each capture goes to the unit around it.
    const starts = missing.map((index) => units[index].start);
    for (const match of writesQuery.matches(root)) {
      for (const capture of match.captures) {
        const at = indexAt(starts, capture.node.startIndex);
        if (at >= 0 && capture.node.startIndex < units[missing[at]].end) wordsOf(capture.node.text, writes[at]);
      }
    }
  }
  missing.forEach((index, at) => {
    const unit = units[index];
    const piece = pieces[index];
    if (piece.node) {
      unit.facts = unitFacts(piece.node, unit.text, language, writes[at], fileWide, piece.classMember);
      cache.set(language, cacheKey(piece, unit.text), unit.facts);
    } else {
      // A frame is a header: what it assigns is bound, like top-level code.
      const binds = new Set(writes[at]);
      if (piece.binds) binds.add(piece.binds);
      unit.facts = { mentions: wordsOf(unit.text), binds, writes: writes[at], header: true, defines: (language === 'python' ? PY_FUNCTION_WORDS : JS_FUNCTION_WORDS).test(unit.text) };
      cache.set(language, cacheKey(piece, unit.text), unit.facts);
    }
  });
  return units;
}

/** Facts depend on the text, and on whether it is a frame (and what it binds) or a class member. */
function cacheKey(piece: Piece, text: string): string {
  if (!piece.node) return `frame\0${piece.binds ?? ''}\0${text}`;
  return piece.classMember ? `member\0${text}` : text;
}

const EMPTY_FACTS: UnitFacts = { mentions: new Set(), binds: new Set(), writes: new Set(), header: true, defines: false };

/** The index of the last start ≤ offset (starts ascending), or -1. */
export function indexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Unit facts by language and text, shared by every file (bounded: cleared when full). */
export class FactsCache {
  private readonly facts = new Map<string, UnitFacts>();
  constructor(private readonly limit = 8_000) {}
  get(language: TreeLanguage, text: string): UnitFacts | undefined {
    return this.facts.get(`${writesFamily(language)}\0${text}`);
  }
  set(language: TreeLanguage, text: string, facts: UnitFacts): void {
    if (this.facts.size >= this.limit) this.facts.clear();
    this.facts.set(`${writesFamily(language)}\0${text}`, facts);
  }
}

/** What changed between two versions of a file, unit by unit. */
export interface Alignment {
  /** Units before the edit, the same in both versions. */
  prefix: number;
  /** Units after the edit, the same text in both versions (shifted by `delta`). */
  suffix: number;
  /** Changed region: `[from, oldTo)` in the old text, `[from, newTo)` in the new one. */
  from: number;
  oldTo: number;
  newTo: number;
  delta: number;
}

/** Lines up two versions' units; undefined when the units around the edit do not correspond. */
export function align(oldText: string, oldUnits: readonly Unit[], newText: string, newUnits: readonly Unit[]): Alignment | undefined {
  let from = 0;
  const shorter = Math.min(oldText.length, newText.length);
  while (from < shorter && oldText.charCodeAt(from) === newText.charCodeAt(from)) from++;
  let tail = 0;
  while (tail < shorter - from && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
  const oldTo = oldText.length - tail;
  const newTo = newText.length - tail;
  const delta = newText.length - oldText.length;
  // Strictly before the edit and strictly after it, in both versions: an edit at a unit's edge
  // may extend that unit. Everything between counts as touched (whatever did not move with it).
  let prefix = 0;
  while (prefix < oldUnits.length && prefix < newUnits.length && oldUnits[prefix].end < from && newUnits[prefix].end < from) {
    if (oldUnits[prefix].start !== newUnits[prefix].start || oldUnits[prefix].end !== newUnits[prefix].end) return undefined;
    prefix++;
  }
  let suffix = 0;
  while (suffix < oldUnits.length - prefix && suffix < newUnits.length - prefix) {
    const before = oldUnits[oldUnits.length - 1 - suffix];
    const after = newUnits[newUnits.length - 1 - suffix];
    if (before.start <= oldTo || after.start <= newTo) break;
    if (before.start + delta !== after.start || before.end + delta !== after.end) return undefined;
    suffix++;
  }
  return { prefix, suffix, from, oldTo, newTo, delta };
}

export interface Plan {
  /** New units whose findings come from the partial scan. */
  rescan: Set<number>;
  /** New units kept in the partial scan's text (a superset of `rescan`). */
  keep: Set<number>;
}

/**
 * Which units to analyse again and which to keep beside them, or undefined when the whole file
 * should be scanned. `changedOld` / `changedNew` are the units the edit touched in each version.
 */
export function plan(units: readonly Unit[], changedNew: readonly number[], changedOld: readonly Unit[], maxShare = 0.6): Plan | undefined {
  if (changedOld.some((unit) => unit.facts.header) || changedNew.some((index) => units[index].facts.header)) return undefined;
  // Names some unit binds at the top level (of either version): the only ones that link units.
  const topNames = new Set<string>();
  const bindersOf = new Map<string, number[]>();
  const mentionersOf = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, name: string, index: number) => {
    const list = map.get(name);
    if (list) {
      if (list[list.length - 1] !== index) list.push(index);
    } else map.set(name, [index]);
  };
  for (const unit of [...units, ...changedOld]) for (const name of unit.facts.binds) topNames.add(name);
  units.forEach((unit, index) => {
    for (const name of unit.facts.binds) add(bindersOf, name, index);
    for (const name of unit.facts.writes) if (topNames.has(name)) add(bindersOf, name, index);
    for (const name of unit.facts.mentions) if (topNames.has(name)) add(mentionersOf, name, index);
  });
  const valueNames = (facts: UnitFacts) => [...facts.binds, ...[...facts.writes].filter((name) => topNames.has(name))];
  const calledNames = (facts: UnitFacts) => [...facts.mentions].filter((name) => topNames.has(name));

  // 1. Affected units. `value`: what the unit binds may differ, so its readers are affected and
  //    so are the functions it calls. `seed`: only what reaches its functions may differ.
  const rescan = new Set<number>();
  const value = new Set<number>();
  const valueWork: UnitFacts[] = [];
  const seedWork: UnitFacts[] = [];
  for (const index of changedNew) {
    rescan.add(index);
    value.add(index);
    valueWork.push(units[index].facts);
  }
  for (const unit of changedOld) valueWork.push(unit.facts);
  while (valueWork.length > 0 || seedWork.length > 0) {
    const facts = valueWork.pop();
    if (facts) {
      seedWork.push(facts);
      for (const name of valueNames(facts)) {
        for (const reader of mentionersOf.get(name) ?? []) {
          if (value.has(reader)) continue;
          value.add(reader);
          rescan.add(reader);
          valueWork.push(units[reader].facts);
        }
      }
      continue;
    }
    const caller = seedWork.pop()!;
    for (const name of calledNames(caller)) {
      for (const callee of bindersOf.get(name) ?? []) {
        if (rescan.has(callee) || !units[callee].facts.defines) continue;
        rescan.add(callee);
        seedWork.push(units[callee].facts);
      }
    }
  }

  // 2. What they need beside them: callers of their functions (what reaches them), binders of
  //    what any of those read, transitively; then every header.
  const keep = new Set<number>();
  const work: number[] = [];
  const need = (index: number) => {
    if (keep.has(index)) return;
    keep.add(index);
    work.push(index);
  };
  for (const index of rescan) need(index);
  for (const index of rescan) {
    if (units[index].facts.defines) for (const name of units[index].facts.binds) for (const caller of mentionersOf.get(name) ?? []) need(caller);
  }
  while (work.length > 0) {
    const index = work.pop()!;
    for (const name of units[index].facts.mentions) for (const binder of bindersOf.get(name) ?? []) need(binder);
  }
  units.forEach((unit, index) => {
    if (unit.facts.header) keep.add(index);
  });
  // A class or wrapper keeps at least one member, so that the excerpt parses (Python has no empty blocks).
  const withMember = new Set<number>();
  units.forEach((unit, index) => {
    if (unit.inside !== undefined && keep.has(index)) withMember.add(unit.inside);
  });
  units.forEach((unit, index) => {
    if (unit.inside !== undefined && !withMember.has(unit.inside)) {
      keep.add(index);
      withMember.add(unit.inside);
    }
  });
  let kept = 0;
  let total = 0;
  units.forEach((unit, index) => {
    total += unit.end - unit.start;
    if (keep.has(index)) kept += unit.end - unit.start;
  });
  if (kept > total * maxShare) return undefined;
  return { rescan, keep };
}

/** A smaller file made of some units of another, and where each of its offsets comes from. */
export interface Excerpt {
  text: string;
  /** The original offset of an offset of `text`, or undefined between units. */
  original(offset: number): number | undefined;
}

/**
 * The units in `keep`, in order, one after the other on lines of their own, each at the column it
 * had (the text before it on its line, as spaces). Blanking the other units in place would keep
 * every offset, but the parser reads whitespace one character at a time: a 2,000-line file of
 * spaces takes as long to parse as the code. Offsets are mapped back instead.
 */
export function excerpt(text: string, units: readonly Unit[], keep: ReadonlySet<number>): Excerpt {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const parts: string[] = [];
  const copyStarts: number[] = [];
  const originalStarts: number[] = [];
  const lengths: number[] = [];
  let length = 0;
  units.forEach((unit, index) => {
    if (!keep.has(index)) return;
    if (parts.length > 0) {
      parts.push(eol);
      length += eol.length;
    }
    const lineStart = text.lastIndexOf('\n', unit.start - 1) + 1;
    const indent = text.slice(lineStart, unit.start).replace(/[^\t ]/g, ' ');
    copyStarts.push(length);
    originalStarts.push(lineStart);
    lengths.push(indent.length + unit.text.length);
    parts.push(indent, unit.text);
    length += indent.length + unit.text.length;
  });
  return {
    text: parts.join(''),
    original(offset) {
      const index = indexAt(copyStarts, offset);
      if (index < 0 || offset > copyStarts[index] + lengths[index]) return undefined;
      return originalStarts[index] + (offset - copyStarts[index]);
    },
  };
}
