/**
 * Built-in SAST: runs every rule that supports the file's language over the file's one tree.
 */
import type { Node } from 'web-tree-sitter';
import { isTreeLanguage, type TreeLanguage } from '../../parse/languages';
import type { ParsedFile } from '../../source';
import type { FindingDraft, ScanContext, Scanner } from '../scanner';
import type { SastContext, SastRule } from './rule';

export class SastScanner implements Scanner {
  readonly id = 'sast' as const;
  private readonly byLanguage = new Map<TreeLanguage, SastRule[]>();

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
    const sastContext: SastContext = {
      file,
      language,
      root,
      notify: (notice) => context.notify(notice),
      matches: (source) =>
        context.parser
          .query(language, source)
          .matches(root)
          .map((match) => {
            const captures = new Map<string, Node>();
            for (const capture of match.captures) if (!captures.has(capture.name)) captures.set(capture.name, capture.node);
            return captures;
          }),
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
    return drafts;
  }
}
