/**
 * Built-in secrets detection: one keyword pass over the file selects the rules worth running,
 * then each selected rule's regex runs; matches go through entropy and allowlist checks.
 * Messages show a masked value only.
 */
import { maskSecret } from '../../mask';
import { lineCommentFor } from '../../parse/languages';
import type { ParsedFile } from '../../source';
import type { Fix } from '../../types';
import type { FindingDraft, ScanContext, Scanner } from '../scanner';
import { shannonEntropy } from './entropy';
import { environmentFix } from './fixes';
import type { SecretRule } from './rule';

/** Files a secret never lives in, or that are too noisy to scan (lock files hold hashes). */
const SKIPPED_PATHS = [
  /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Pipfile\.lock|Cargo\.lock|go\.sum|composer\.lock|Gemfile\.lock)$/i,
  /\.(png|jpe?g|gif|bmp|ico|webp|svg|pdf|zip|gz|tgz|tar|jar|war|wasm|woff2?|ttf|eot|otf|mp3|mp4|mov|avi|exe|dll|so|dylib|bin|class|pyc)$/i,
  /(^|\/)(node_modules|\.git|vendor)\//,
];

/** Values that have the shape of a secret but say they are not one. */
const PLACEHOLDERS = [
  /example/i,
  /placeholder/i,
  /changeme|change_me/i,
  /redacted/i,
  /dummy/i,
  /^your[_-]/i,
  /x{6,}/i,
  /\*{4,}/,
  /\.{4,}/,
  /^<[^>]*>$/,
  /\$\{[^}]*\}/,
  /\{\{[^}]*\}\}/,
  /^(.)\1+$/,
];

const INLINE_ALLOW = 'gitleaks:allow';

export function isPlaceholder(secret: string): boolean {
  return PLACEHOLDERS.some((pattern) => pattern.test(secret));
}

interface CompiledRule {
  rule: SecretRule;
  regex: RegExp;
}

export class SecretsScanner implements Scanner {
  readonly id = 'secrets' as const;
  private readonly compiled: CompiledRule[];
  private readonly keywordPattern: RegExp;
  private readonly innerKeywords: Map<string, string[]>;

  constructor(rules: readonly SecretRule[]) {
    this.compiled = rules.map((rule) => {
      if (rule.regex.global || rule.regex.sticky) throw new Error(`Rule ${rule.id}: regex must not be global or sticky`);
      return { rule, regex: new RegExp(rule.regex.source, `${rule.regex.flags}gd`) };
    });
    const keywords = [...new Set(rules.flatMap((rule) => rule.keywords))].sort((a, b) => b.length - a.length);
    const escaped = keywords.map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.keywordPattern = new RegExp(escaped.length > 0 ? escaped.join('|') : '(?!)', 'g');
    this.innerKeywords = new Map(
      keywords.map((outer) => [outer, keywords.filter((inner) => inner !== outer && outer.includes(inner))]),
    );
  }

  appliesTo(file: { path: string }): boolean {
    return !SKIPPED_PATHS.some((pattern) => pattern.test(file.path));
  }

  scan(file: ParsedFile, context: ScanContext): FindingDraft[] {
    const present = this.keywordsIn(file.text);
    const drafts: Array<FindingDraft & { fallback?: boolean; start: number; end: number }> = [];
    for (const { rule, regex } of this.compiled) {
      if (context.signal.aborted) break;
      if (rule.keywords.length > 0 && !rule.keywords.some((keyword) => present.has(keyword))) continue;
      regex.lastIndex = 0;
      for (let match = regex.exec(file.text); match; match = regex.exec(file.text)) {
        if (match[0].length === 0) regex.lastIndex++;
        const draft = this.toDraft(file, rule, match);
        if (draft) drafts.push(draft);
      }
    }
    const specific = drafts.filter((draft) => !draft.fallback);
    return drafts
      .filter((draft) => !draft.fallback || !specific.some((other) => other.start < draft.end && draft.start < other.end))
      .map(({ fallback: _fallback, start: _start, end: _end, ...draft }) => draft);
  }

  /**
   * One pass over the lower-cased text collects every keyword that occurs. Matching restarts one
   * character after each hit so overlapping keywords are seen; keywords inside a longer one that
   * matched are implied by it.
   */
  private keywordsIn(text: string): Set<string> {
    const found = new Set<string>();
    const lower = text.toLowerCase();
    const pattern = this.keywordPattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
      if (!found.has(match[0])) {
        found.add(match[0]);
        for (const inner of this.innerKeywords.get(match[0]) ?? []) found.add(inner);
      }
      pattern.lastIndex = match.index + 1;
    }
    return found;
  }

  private toDraft(file: ParsedFile, rule: SecretRule, match: RegExpExecArray): (FindingDraft & { fallback?: boolean; start: number; end: number }) | undefined {
    const group = rule.secretGroup ?? (match.length > 1 ? 1 : 0);
    const secret = match[group];
    const indices = match.indices?.[group];
    if (secret === undefined || !indices) return undefined;
    if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) return undefined;
    if (isPlaceholder(secret)) return undefined;
    if (rule.allowlist?.regexes?.some((pattern) => pattern.test(secret))) return undefined;
    const lowerSecret = secret.toLowerCase();
    if (rule.allowlist?.stopwords?.some((word) => lowerSecret.includes(word))) return undefined;

    const range = file.rangeOf(indices[0], indices[1]);
    const lineText = file.lineText(range.start.line);
    const fixes: Fix[] = [];
    const envFix = environmentFix(file, rule, indices[0], indices[1]);
    if (envFix) fixes.push(envFix);
    const allowFix = inlineAllowFix(file, range.start.line, lineText);
    if (allowFix) fixes.push(allowFix);
    return {
      ruleId: rule.id,
      message: `${rule.title}: ${maskSecret(secret)}`,
      range,
      fingerprintBasis: secret,
      fixes,
      suppressed: lineText.includes(INLINE_ALLOW) ? { by: INLINE_ALLOW } : undefined,
      fallback: rule.fallback,
      start: indices[0],
      end: indices[1],
    };
  }
}

function inlineAllowFix(file: ParsedFile, line: number, lineText: string): Fix | undefined {
  const comment = lineCommentFor(file.path, file.language);
  if (!comment || lineText.includes(INLINE_ALLOW)) return undefined;
  const end = { line, character: lineText.length };
  return {
    title: `Suppress with '${comment} ${INLINE_ALLOW}' (gitleaks syntax)`,
    kind: 'suppress',
    edits: [{ range: { start: end, end }, newText: ` ${comment} ${INLINE_ALLOW}` }],
  };
}
