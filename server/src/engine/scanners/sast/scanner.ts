/**
 * Built-in SAST: runs every rule that supports the file's language over the file's one tree.
 */
import type { Node, Query } from 'web-tree-sitter';
import { isTreeLanguage, type TreeLanguage } from '../../parse/languages';
import type { ParsedFile } from '../../source';
import type { FindingDraft, ScanContext, Scanner } from '../scanner';
import type { SastContext, SastRule } from './rule';

export class SastScanner implements Scanner {
  readonly id = 'sast' as const;
  private readonly byLanguage = new Map<TreeLanguage, SastRule[]>();
  /** The queries the rules ran on the last two files of each language (see FileQueries). */
  private readonly recentQueries = new Map<TreeLanguage, [ReadonlySet<string>, ReadonlySet<string>]>();

  constructor(rules: readonly SastRule[]) {
    for (const rule of rules) {
      for (const language of rule.languages) {
        const list = this.byLanguage.get(language) ?? [];
        list.push(rule);
        this.byLanguage.set(language, list);
      }
    }
  }

  appliesTo(file: { language: string }): boolean {
    return isTreeLanguage(file.language as TreeLanguage) && this.byLanguage.has(file.language as TreeLanguage);
  }

  scan(file: ParsedFile, context: ScanContext): FindingDraft[] {
    const language = file.language;
    if (!file.tree || !isTreeLanguage(language)) return [];
    const root = file.tree.rootNode;
    const queries = new FileQueries(root, (source) => context.parser.query(language, source), this.bundleFor(language));
    const sastContext: SastContext = {
      file,
      language,
      root,
      notify: (notice) => context.notify(notice),
      matches: (source) => queries.matches(source),
    };
    const drafts: FindingDraft[] = [];
    for (const rule of this.byLanguage.get(language) ?? []) {
      if (context.signal.aborted) break;
      let hits;
      try {
        hits = rule.detect(sastContext);
      } catch (error) {
        // One broken rule must not hide the others' findings; its gate still reports error.
        context.notify({ level: 'error', scanner: 'sast', file: file.path, message: `rule ${rule.id} failed: ${error instanceof Error ? error.message : String(error)}` });
        continue;
      }
      for (const hit of hits) {
        drafts.push({
          ruleId: rule.id,
          message: hit.message ?? rule.title,
          range: file.rangeOf(hit.node.startIndex, hit.node.endIndex),
          fingerprintBasis: hit.node.text,
          fixes: hit.fix ? [{ title: hit.fix.title, kind: 'fix', edits: hit.fix.edits, isPreferred: true }] : [],
          ...(hit.related && hit.related.length > 0
            ? { related: hit.related.map((related) => ({ file: file.path, range: file.rangeOf(related.node.startIndex, related.node.endIndex), message: related.message })) }
            : {}),
        });
      }
    }
    this.remember(language, queries.requested);
    return drafts;
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
