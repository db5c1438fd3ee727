/**
 * Preflight's own suppression comment, honoured for every scanner: `preflight-ignore` on the
 * finding's line or the line above. It may name rules (comma-separated, no spaces) and a reason:
 *   // preflight-ignore:js-code-injection the expression comes from our build config
 * Without rule ids it suppresses every finding on that line.
 */
import type { ParsedFile } from './source';
import type { Suppression } from './types';

const MARKER = /preflight-ignore(?::([\w.,-]+))?(?:\s+(.*?))?\s*(?:\*\/|-->)?\s*$/;

export function preflightIgnore(file: ParsedFile, line: number, ruleId: string): Suppression | undefined {
  for (const candidate of [line, line - 1]) {
    if (candidate < 0) continue;
    const match = MARKER.exec(file.lineText(candidate));
    if (!match) continue;
    if (match[1] && !match[1].split(',').includes(ruleId)) continue;
    return { by: 'preflight-ignore', reason: match[2] || undefined };
  }
  return undefined;
}

export function ignoreComment(ruleId: string, lineComment: string): string {
  return `${lineComment} preflight-ignore:${ruleId} reason: explain why this is safe`;
}
