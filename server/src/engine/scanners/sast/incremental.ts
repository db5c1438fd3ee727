/**
 * Incremental SAST for editors: after an edit, only the parts of a file the edit can reach are
 * analysed again; what the previous scan found elsewhere is kept, moved with the code.
 *
 * The unit is a top-level statement (a function, a class, a route registration…). A unit's
 * findings depend on its own text and, through names, on other units: it reads names that other
 * units bind or assign (imports, constants, module variables, functions whose summary the taint
 * engine applies), and a call hands its arguments to the same-file function it calls (the engine
 * walks a callee again with its callers' untrusted arguments). So after an edit:
 *
 * 1. The units the edit touched are found by comparing the previous text with the new one.
 * 2. *Affected* units are analysed again: those that read a name a touched or affected unit binds
 *    or assigns (their values may differ), and the functions a touched or affected unit calls
 *    (what reaches them may differ). Every other unit keeps its findings.
 * 3. To analyse them, an excerpt of the file is scanned that holds only what they can depend on:
 *    the affected units; every unit that binds or assigns a name they read, transitively; every
 *    caller of a function among them; and every *header* unit (imports, and top-level statements
 *    that define no function), which rules read for file-wide facts. Its findings are mapped back
 *    to the file's offsets.
 *
 * Names are the words of a unit's text, so every set is an over-approximation: a word in a comment
 * or a string may bring in a unit that did not need to come, never leave out one that did.
 * Whatever this does not reason about falls back to scanning the whole file: an edit to a header
 * unit, a syntax error, units whose boundaries moved, too much to analyse again. A test compares
 * the two paths on every rule case and on the benchmark files under generated edits.
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
  /** Imports and statements that define no function: kept in every partial scan, and an edit to one rescans the file. */
  readonly header: boolean;
}

export interface Unit {
  start: number;
  end: number;
  text: string;
  facts: UnitFacts;
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
const JS_DECLARATIONS = new Set(['function_declaration', 'generator_function_declaration', 'class_declaration', 'abstract_class_declaration', 'enum_declaration', 'module', 'internal_module', 'interface_declaration', 'type_alias_declaration']);

/** The facts of one unit, given its node and the words of its assignment targets. */
export function unitFacts(node: Node, text: string, language: TreeLanguage, writes: Set<string>): UnitFacts {
  const type = node.type;
  const binds = new Set<string>();
  let header: boolean;
  if (language === 'python') {
    header = !(type === 'function_definition' || type === 'class_definition' || type === 'decorated_definition' || PY_FUNCTION_WORDS.test(text));
    if (type.startsWith('import') || type === 'future_import_statement') wordsOf(text, binds);
    const definition = type === 'decorated_definition' ? node.childForFieldName('definition') : node;
    const name = definition?.childForFieldName('name');
    if (name) binds.add(name.text);
  } else {
    header = !JS_FUNCTION_WORDS.test(text);
    jsBinds(node, text, binds);
  }
  // Top-level code of a header assigns module variables; inside functions an assignment binds a
  // module name only when one is declared (then it is a write to that name).
  if (header) for (const word of writes) binds.add(word);
  return { mentions: wordsOf(text), binds, writes, header };
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

/**
 * The units of a tree and their facts, taken from `cache` when a unit's text was seen before.
 * `writesQuery` runs once over the units that are not cached.
 */
export function unitsOf(root: Node, text: string, language: TreeLanguage, writesQuery: Query, cache: FactsCache): Unit[] {
  const nodes = root.namedChildren.filter((node): node is Node => node !== null);
  const units: Unit[] = [];
  const missing: Array<{ index: number; node: Node }> = [];
  for (const node of nodes) {
    const start = node.startIndex;
    const end = node.endIndex;
    const unitText = text.slice(start, end);
    const facts = cache.get(language, unitText);
    if (!facts) missing.push({ index: units.length, node });
    units.push({ start, end, text: unitText, facts: facts ?? EMPTY_FACTS });
  }
  if (missing.length === 0) return units;
  const writes = missing.map(() => new Set<string>());
  if (missing.length === 1) {
    for (const match of writesQuery.matches(missing[0].node)) for (const capture of match.captures) wordsOf(capture.node.text, writes[0]);
  } else {
    // One walk over the tree; each capture goes to the unit around it.
    const starts = missing.map(({ node }) => units[units.findIndex((unit) => unit.start === node.startIndex)].start);
    for (const match of writesQuery.matches(root)) {
      for (const capture of match.captures) {
        const at = indexAt(starts, capture.node.startIndex);
        const unit = units[missing[at]?.index ?? -1];
        if (unit && capture.node.startIndex < unit.end) wordsOf(capture.node.text, writes[at]);
      }
    }
  }
  missing.forEach(({ index, node }, at) => {
    const unit = units[index];
    unit.facts = unitFacts(node, unit.text, language, writes[at]);
    cache.set(language, unit.text, unit.facts);
  });
  return units;
}

const EMPTY_FACTS: UnitFacts = { mentions: new Set(), binds: new Set(), writes: new Set(), header: true };

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
  constructor(private readonly limit = 50_000) {}
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
        if (rescan.has(callee) || units[callee].facts.header) continue;
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
  for (const index of rescan) for (const name of units[index].facts.binds) for (const caller of mentionersOf.get(name) ?? []) need(caller);
  while (work.length > 0) {
    const index = work.pop()!;
    for (const name of units[index].facts.mentions) for (const binder of bindersOf.get(name) ?? []) need(binder);
  }
  units.forEach((unit, index) => {
    if (unit.facts.header) keep.add(index);
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
