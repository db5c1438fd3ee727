/**
 * Built-in SAST: runs every rule that supports the file's language over the file's one tree. In
 * an editor (`ScanContext.incremental`) it remembers each file's last findings and, after an edit,
 * analyses again only what the edit can reach (incremental.ts).
 */
import type { Node, Query } from 'web-tree-sitter';
import { isTreeLanguage, type TreeLanguage } from '../../parse/languages';
import { ParsedFile } from '../../source';
import type { Range } from '../../types';
import type { FindingDraft, ScanContext, Scanner } from '../scanner';
import { align, excerpt, FactsCache, indexAt, plan, unitsOf, WRITES_QUERY, writesFamily, type Unit } from './incremental';
import { LINE_REF, type SastContext, type SastRule } from './rule';

/** How many files' last scans are remembered for incremental scanning (the ones being edited). */
const MEMORY_LIMIT = 16;

/** A finding as the scanner keeps it: its rule's place in the rule order, its node's offset, line references as offsets. */
interface Found {
  order: number;
  at: number;
  draft: FindingDraft;
}

/** What the last scan of a file found, remembered for the next scan of an edited version. */
interface FileMemory {
  language: TreeLanguage;
  fixes: boolean;
  /** The scanned version: its text and line index (no tree). */
  file: ParsedFile;
  units: Unit[];
  found: Found[];
}

export class SastScanner implements Scanner {
  readonly id = 'sast' as const;
  /** How the last incremental scan ran: `partial` when only the units an edit reaches were analysed (tests and the benchmark read it). */
  lastMode: 'full' | 'partial' = 'full';
  private readonly byLanguage = new Map<TreeLanguage, SastRule[]>();
  /** Per language: does a text match any rule's `fileWide` pattern? */
  private readonly fileWide = new Map<TreeLanguage, (text: string) => boolean>();
  private readonly memories = new Map<string, FileMemory>();
  private readonly facts = new FactsCache();
  /** The queries the rules ran on the last two files of each language (see FileQueries). */
  private readonly recentQueries = new Map<TreeLanguage, [ReadonlySet<string>, ReadonlySet<string>]>();

  /**
   * `partialShare`: a partial scan is used while the units it keeps are at most this share of the
   * file; above it the whole file is scanned (it costs about the same). Tests set 1 to take the
   * partial path whenever it is sound.
   */
  constructor(
    rules: readonly SastRule[],
    private readonly options: { partialShare?: number } = {},
  ) {
    for (const rule of rules) {
      for (const language of rule.languages) {
        const list = this.byLanguage.get(language) ?? [];
        list.push(rule);
        this.byLanguage.set(language, list);
      }
    }
    for (const [language, list] of this.byLanguage) {
      // Each pattern with its own flags, never global or sticky (`test` would then depend on the previous call).
      const patterns = list.flatMap((rule) => (rule.fileWide ? [new RegExp(rule.fileWide.source, rule.fileWide.flags.replace(/[gy]/g, ''))] : []));
      if (patterns.length > 0) this.fileWide.set(language, (text) => patterns.some((pattern) => pattern.test(text)));
    }
  }

  appliesTo(file: { language: string }): boolean {
    return isTreeLanguage(file.language as TreeLanguage) && this.byLanguage.has(file.language as TreeLanguage);
  }

  scan(file: ParsedFile, context: ScanContext): FindingDraft[] {
    const language = file.language;
    const tree = file.tree;
    if (!tree || !isTreeLanguage(language)) return [];
    if (!context.incremental) return this.detect(file, language, context).map((found) => rendered(found, file));
    const found = this.scanIncrementally(file, language, tree.rootNode, context);
    return found.map((one) => rendered(one, file));
  }

  /**
   * Every rule over the file's tree; the findings in rule order, then in document order (the
   * order does not depend on how the rules walk, so a partial scan can be merged into it).
   * Messages keep their line references as offsets (see `lineRef`).
   */
  private detect(file: ParsedFile, language: TreeLanguage, context: ScanContext): Found[] {
    const root = file.tree!.rootNode;
    const queries = new FileQueries(root, (source) => context.parser.query(language, source), this.bundleFor(language));
    const sastContext: SastContext = {
      file,
      language,
      root,
      notify: (notice) => context.notify(notice),
      matches: (source) => queries.matches(source),
    };
    const found: Found[] = [];
    (this.byLanguage.get(language) ?? []).forEach((rule, order) => {
      if (context.signal.aborted) return;
      let hits;
      try {
        hits = rule.detect(sastContext);
      } catch (error) {
        // One broken rule must not hide the others' findings; its gate still reports error.
        context.notify({ level: 'error', scanner: 'sast', file: file.path, message: `rule ${rule.id} failed: ${error instanceof Error ? error.message : String(error)}` });
        return;
      }
      for (const hit of hits) {
        found.push({
          order,
          at: hit.node.startIndex,
          draft: {
            ruleId: rule.id,
            message: hit.message ?? rule.title,
            range: file.rangeOf(hit.node.startIndex, hit.node.endIndex),
            fingerprintBasis: hit.node.text,
            fixes: hit.fix ? [{ title: hit.fix.title, kind: 'fix', edits: hit.fix.edits, isPreferred: true }] : [],
            ...(hit.related && hit.related.length > 0
              ? { related: hit.related.map((related) => ({ file: file.path, range: file.rangeOf(related.node.startIndex, related.node.endIndex), message: related.message })) }
              : {}),
          },
        });
      }
    });
    this.remember(language, queries.requested);
    return found.sort((a, b) => a.order - b.order || a.at - b.at);
  }

  /**
   * Editors: when the previous scan of this file is remembered, analyses again only the units an
   * edit can reach (see incremental.ts) and keeps the other findings, moved with the code.
   */
  private scanIncrementally(file: ParsedFile, language: TreeLanguage, root: Node, context: ScanContext): Found[] {
    const previous = this.memories.get(file.path);
    this.memories.delete(file.path);
    let noticed = false;
    const watched: ScanContext = { ...context, notify: (notice) => ((noticed = true), context.notify(notice)) };
    const writes = context.parser.query(language, WRITES_QUERY[writesFamily(language)]);
    const units = root.hasError ? undefined : unitsOf(root, file.text, language, writes, this.facts, this.fileWide.get(language));
    let found = previous && units && previous.language === language && previous.fixes === context.fixes ? this.partial(file, language, units, previous, watched) : undefined;
    this.lastMode = found ? 'partial' : 'full';
    found ??= this.detect(file, language, watched);
    if (units && !noticed && !context.signal.aborted) {
      // The text and its line index only: the tree and the rules' models are not kept.
      this.memories.set(file.path, { language, fixes: context.fixes, file: new ParsedFile(file.source, undefined), units, found });
      // A handful of recently scanned files (the ones being edited).
      if (this.memories.size > MEMORY_LIMIT) this.memories.delete(this.memories.keys().next().value!);
    }
    return found;
  }

  /** The partial scan of an edited file, or undefined when the whole file must be scanned. */
  private partial(file: ParsedFile, language: TreeLanguage, units: Unit[], previous: FileMemory, context: ScanContext): Found[] | undefined {
    const alignment = align(previous.file.text, previous.units, file.text, units);
    if (!alignment) return undefined;
    const { prefix, suffix } = alignment;
    const changedNew = units.slice(prefix, units.length - suffix).map((_, index) => prefix + index);
    const changedOld = previous.units.slice(prefix, previous.units.length - suffix);
    const chosen = plan(units, changedNew, changedOld, this.options.partialShare);
    if (!chosen) return undefined;

    // Findings of units that are not analysed again, moved to where their code is now.
    const oldStarts = previous.units.map((unit) => unit.start);
    const shift = units.length - previous.units.length;
    const moved: Found[] = [];
    for (const one of previous.found) {
      const index = indexAt(oldStarts, one.at);
      if (index < 0 || one.at >= previous.units[index].end) return undefined;
      if (index >= prefix && index < previous.units.length - suffix) continue; // in a touched unit
      if (chosen.rescan.has(index < prefix ? index : index + shift)) continue;
      const kept = movedFound(one, previous.file, file, (offset) => (offset < alignment.from ? offset : offset >= alignment.oldTo ? offset + alignment.delta : undefined));
      if (!kept) return undefined;
      moved.push(kept);
    }

    // The affected units, scanned in an excerpt of the file that holds only what they depend on.
    const part = excerpt(file.text, units, chosen.keep);
    const tree = context.parser.parse(language, part.text);
    try {
      if (tree.rootNode.hasError) return undefined;
      const copy = new ParsedFile({ ...file.source, text: part.text }, tree);
      const starts = units.map((unit) => unit.start);
      const fresh: Found[] = [];
      for (const one of this.detect(copy, language, context)) {
        const mapped = movedFound(one, copy, file, (offset) => part.original(offset));
        if (!mapped) return undefined;
        const index = indexAt(starts, mapped.at);
        if (index < 0 || mapped.at >= units[index].end) return undefined; // between units: nothing to attribute it to
        if (chosen.rescan.has(index)) fresh.push(mapped);
      }
      return [...fresh, ...moved].sort((a, b) => a.order - b.order || a.at - b.at);
    } finally {
      tree.delete();
    }
  }

  /** The queries the last two files of this language both ran: likely to be run by the next one too. */
  private bundleFor(language: TreeLanguage): ReadonlySet<string> {
    const [older, newer] = this.recentQueries.get(language) ?? [];
    if (!older || !newer) return new Set();
    return new Set([...newer].filter((source) => older.has(source)));
  }

  private remember(language: TreeLanguage, requested: ReadonlySet<string>): void {
    const [, newer] = this.recentQueries.get(language) ?? [];
    this.recentQueries.set(language, [newer ?? new Set(), requested]);
  }
}

type Captures = Map<string, Node>;

/**
 * The tree-sitter queries of one file's scan. Each query walks the whole tree inside the parser,
 * whatever it finds (a query for regular expressions in a file without any still visits every
 * node), so queries that rules are expected to run (`bundle`) run as one combined query: one
 * walk, its matches handed back to each query by pattern index, in the order tree-sitter found
 * them. Any other query runs alone. Results are kept for the scan, so rules asking the same
 * query share one run (callers must not modify them).
 */
class FileQueries {
  readonly requested = new Set<string>();
  private readonly results = new Map<string, Captures[]>();

  constructor(
    private readonly root: Node,
    private readonly compile: (source: string) => Query,
    private readonly bundle: ReadonlySet<string>,
  ) {}

  matches(source: string): Captures[] {
    let result = this.results.get(source);
    if (!result) {
      if (this.bundle.size > 1 && this.bundle.has(source)) this.runBundle();
      result = this.results.get(source);
    }
    if (!result) {
      // An invalid query throws here, for its rule alone, and is never remembered for a bundle.
      result = this.compile(source).matches(this.root).map(capturesOf);
      this.results.set(source, result);
    }
    this.requested.add(source);
    return result;
  }

  private bundleFailed = false;

  private runBundle(): void {
    if (this.bundleFailed) return;
    try {
      this.runBundleOnce();
    } catch {
      this.bundleFailed = true;
      // Each query compiled alone before it joined the bundle, so this is not expected; should
      // the combination fail anyway, every query simply runs alone.
    }
  }

  private runBundleOnce(): void {
    // Sorted, so the same set of queries always compiles to the same (cached) combined query.
    const sources = [...this.bundle].sort();
    const owners: Captures[][] = [];
    const results = new Map<string, Captures[]>();
    for (const source of sources) {
      const own: Captures[] = [];
      results.set(source, own);
      for (let pattern = this.compile(source).patternCount(); pattern > 0; pattern--) owners.push(own);
    }
    for (const match of this.compile(sources.join('\n')).matches(this.root)) owners[match.patternIndex].push(capturesOf(match));
    for (const [source, own] of results) this.results.set(source, own);
  }
}

function capturesOf(match: { captures: Array<{ name: string; node: Node }> }): Captures {
  const captures: Captures = new Map();
  for (const capture of match.captures) if (!captures.has(capture.name)) captures.set(capture.name, capture.node);
  return captures;
}

/** The draft with its line references turned into line numbers of `file`. */
function rendered(found: Found, file: ParsedFile): FindingDraft {
  const lines = (message: string) => message.replace(LINE_REF, (_, offset: string) => String(file.positionAt(Number(offset)).line + 1));
  const draft = found.draft;
  return { ...draft, message: lines(draft.message), ...(draft.related ? { related: draft.related.map((related) => ({ ...related, message: lines(related.message) })) } : {}) };
}

/**
 * A finding moved from one text to another by an offset map: from the previous version of a file
 * to the new one (offsets after the edit move by its length), or from an excerpt to its file.
 * Undefined when a position of it has no place in the other text (a previous finding that touches
 * the edited region: its unit depended on the edit after all).
 */
function movedFound(found: Found, from: ParsedFile, to: ParsedFile, offset: (at: number) => number | undefined): Found | undefined {
  let valid = true;
  const range = (old: Range): Range => {
    const start = offset(from.offsetAt(old.start));
    const end = offset(from.offsetAt(old.end));
    if (start === undefined || end === undefined) {
      valid = false;
      return old;
    }
    return to.rangeOf(start, end);
  };
  const message = (text: string) =>
    text.replace(LINE_REF, (whole, at: string) => {
      const moved = offset(Number(at));
      if (moved === undefined) valid = false;
      return moved === undefined ? whole : `\u{E000}${moved}\u{E001}`;
    });
  const at = offset(found.at);
  const draft = found.draft;
  const moved: FindingDraft = {
    ...draft,
    message: message(draft.message),
    range: range(draft.range),
    ...(draft.related ? { related: draft.related.map((related) => ({ ...related, range: range(related.range), message: message(related.message) })) } : {}),
    ...(draft.fixes ? { fixes: draft.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, range: range(edit.range) })) })) } : {}),
  };
  return valid && at !== undefined ? { order: found.order, at, draft: moved } : undefined;
}
