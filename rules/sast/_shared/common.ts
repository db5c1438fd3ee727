/**
 * Shared by the built-in SAST rules (this folder has no rule.ts, so the rule index skips it):
 * tags, edits, message helpers and SQL text recognition. Everything here and in the language
 * helpers beside it is syntactic and file-local: no types, no cross-file data flow.
 */
import type { TreeLanguage } from '../../../server/src/engine/parse/languages';
import type { Node, SastContext } from '../../../server/src/engine/scanners/sast/rule';
import type { TextEdit } from '../../../server/src/engine/types';

export const JS_LANGUAGES: TreeLanguage[] = ['javascript', 'typescript', 'tsx'];

/** Tags naming the OWASP Top 10 2021 category of a rule. */
export const OWASP = {
  A01: 'owasp-a01-broken-access-control',
  A02: 'owasp-a02-cryptographic-failures',
  A03: 'owasp-a03-injection',
  A04: 'owasp-a04-insecure-design',
  A05: 'owasp-a05-security-misconfiguration',
  A07: 'owasp-a07-identification-and-authentication-failures',
  A08: 'owasp-a08-software-and-data-integrity-failures',
  A09: 'owasp-a09-security-logging-and-monitoring-failures',
  A10: 'owasp-a10-server-side-request-forgery',
} as const;

export function replace(context: SastContext, node: Node, newText: string): TextEdit {
  return { range: context.file.rangeOf(node.startIndex, node.endIndex), newText };
}

export function same(a: Node | null | undefined, b: Node | null | undefined): boolean {
  return Boolean(a && b && a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type);
}


/** A short, single-line excerpt of source for messages. */
export function excerpt(node: Node, max = 40): string {
  const text = node.text.replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Per tree: `scope start:end:name` → the name's occurrences in that scope. */
const occurrences = new WeakMap<object, Map<string, Node[]>>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The nodes of `types` (identifiers) spelled `name` inside `within`. Found by searching the
 * scope's text for the name and asking the tree what sits there, so the cost follows the
 * name's occurrences, not the size of the file; memoised per tree.
 */
export function occurrencesOf(within: Node, types: ReadonlySet<string>, name: string): Node[] {
  let memo = occurrences.get(within.tree);
  if (!memo) occurrences.set(within.tree, (memo = new Map()));
  const key = `${within.startIndex}:${within.endIndex}:${name}`;
  const known = memo.get(key);
  if (known) return known;
  const found: Node[] = [];
  const pattern = new RegExp(`(?<![\\p{ID_Continue}$])${escapeRegExp(name)}(?![\\p{ID_Continue}$])`, 'gu');
  const text = within.text;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = within.startIndex + match.index;
    const node = within.descendantForIndex(start, start + name.length);
    if (node && types.has(node.type) && node.startIndex === start && node.endIndex === start + name.length) found.push(node);
  }
  memo.set(key, found);
  return found;
}

/** Where a resolved identifier got its value. */
export interface Resolved {
  name: string;
  value: Node;
}


const SQL_START = /^\s*(?:(?:\/\*[\s\S]*?\*\/|--[^\n]*(?:\n|$))\s*)*\(?\s*(select|insert|update|delete|with|replace|merge)\b/i;

/** Text that reads as the start of a SQL statement. */
export function looksLikeSql(text: string | undefined): boolean {
  return text !== undefined && SQL_START.test(text);
}
