/**
 * Built-in secrets detection: one keyword pass over the file (Aho–Corasick) selects the rules worth running,
 * then each selected rule's regex runs; matches go through entropy and allowlist checks.
 * Messages show a masked value only.
 */
import { maskSecret } from '../../mask';
import { lineCommentFor } from '../../parse/languages';
import type { ParsedFile } from '../../source';
import { allowlistAllows, gitleaksFingerprint, type GitleaksConfig, type GitleaksRule } from '../../config/gitleaks';
import type { Fix, Suppression } from '../../types';
import type { FindingDraft, ScanContext, Scanner } from '../scanner';
import { shannonEntropy } from './entropy';
import { environmentFix, environmentVariableOf } from './fixes';
import { KeywordMatcher } from './keywords';
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

/** One match of a rule: where the secret is, and the whole match around it. */
interface Hit {
  matchStart: number;
  matchText: string;
  secret: string;
  secretStart: number;
}

/** A rule ready to run: built-in (V8 regex) or from `.gitleaks.toml` (Go pattern on RE2), behind one shape. */
interface CompiledRule {
  id: string;
  title: string;
  keywords: string[];
  entropy?: number;
  fallback?: boolean;
  /** Only files whose path matches (gitleaks `path`). */
  path?: { test(path: string): boolean };
  /** Rule-level allowlists: true when the candidate is not a secret. */
  allows(candidate: Candidate): boolean;
  /** undefined: a path-only rule (the file itself is the finding). */
  hits?(text: string): Iterable<Hit>;
  /** The built-in rule, for fixes that need its metadata. */
  builtin?: SecretRule;
}

interface Candidate {
  path: string;
  secret: string;
  match: string;
  line: string;
}

export interface SecretsScannerOptions {
  /** The repository's `.gitleaks.toml`. */
  gitleaks?: GitleaksConfig;
  /** `.gitleaksignore` fingerprints (`file:rule-id:line`). */
  ignore?: ReadonlySet<string>;
}

function compileBuiltin(rule: SecretRule): CompiledRule {
  if (!rule.regex && !rule.path) throw new Error(`Rule ${rule.id}: needs a regex or a path`);
  if (rule.regex?.global || rule.regex?.sticky) throw new Error(`Rule ${rule.id}: regex must not be global or sticky`);
  const regex = rule.regex ? new RegExp(rule.regex.source, `${rule.regex.flags}gd`) : undefined;
  return {
    id: rule.id,
    title: rule.title,
    keywords: rule.keywords,
    entropy: rule.entropy,
    fallback: rule.fallback,
    path: rule.path,
    builtin: rule,
    allows: ({ secret, match }) => {
      if (isPlaceholder(secret)) return true;
      if (rule.allowlist?.regexes?.some((pattern) => pattern.test(secret))) return true;
      if (rule.allowlist?.matchRegexes?.some((pattern) => pattern.test(match))) return true;
      const lower = secret.toLowerCase();
      return rule.allowlist?.stopwords?.some((word) => lower.includes(word)) ?? false;
    },
    hits: regex ? function* (text) {
      regex.lastIndex = 0;
      for (let match = regex.exec(text); match; match = regex.exec(text)) {
        if (match[0].length === 0) regex.lastIndex++;
        const group = rule.secretGroup ?? (match.length > 1 ? 1 : 0);
        const indices = match.indices?.[group];
        if (match[group] === undefined || !indices) continue;
        yield { matchStart: match.index, matchText: match[0], secret: match[group], secretStart: indices[0] };
      }
    } : undefined,
  };
}

function compileConfigured(rule: GitleaksRule): CompiledRule {
  const regex = rule.regex;
  return {
    id: rule.id,
    title: rule.description ?? rule.id,
    keywords: rule.keywords,
    entropy: rule.entropy,
    path: rule.path,
    allows: (candidate) => rule.allowlists.some((list) => allowlistAllows(list, candidate)),
    hits: regex
      ? function* (text) {
          for (const { index, groups } of regex.matches(text)) {
            const group = rule.secretGroup ?? (groups.length > 1 ? 1 : 0);
            const secret = groups[group];
            if (secret === undefined) continue;
            // RE2 gives no group offsets: the secret is the last place its text occurs in the match.
            const offset = group === 0 ? 0 : Math.max(groups[0]!.lastIndexOf(secret), 0);
            yield { matchStart: index, matchText: groups[0]!, secret, secretStart: index + offset };
          }
        }
      : undefined,
  };
}

/** Built-in rules, replaced or extended by a `.gitleaks.toml` as gitleaks would. */
function effectiveRules(builtins: readonly SecretRule[], config: GitleaksConfig | undefined): CompiledRule[] {
  if (!config) return builtins.map(compileBuiltin);
  const configured = new Map(config.rules.map((rule) => [rule.id, compileConfigured(rule)]));
  const base = config.useDefault ? builtins.filter((rule) => !configured.has(rule.id)).map(compileBuiltin) : [];
  const disabled = new Set(config.disabledRules);
  return [...base, ...configured.values()].filter((rule) => !disabled.has(rule.id));
}

type Draft = FindingDraft & { fallback?: boolean; start: number; end: number };

export class SecretsScanner implements Scanner {
  readonly id = 'secrets' as const;
  private readonly compiled: CompiledRule[];
  private readonly keywords: KeywordMatcher;

  constructor(
    rules: readonly SecretRule[],
    private readonly options: SecretsScannerOptions = {},
  ) {
    this.compiled = effectiveRules(rules, options.gitleaks);
    this.keywords = new KeywordMatcher([...new Set(this.compiled.flatMap((rule) => rule.keywords.map((keyword) => keyword.toLowerCase())))]);
  }

  appliesTo(file: { path: string }): boolean {
    if (SKIPPED_PATHS.some((pattern) => pattern.test(file.path))) return false;
    // A global allowlist made only of paths skips the file, as gitleaks does.
    return !this.options.gitleaks?.allowlists.some(
      (list) => list.paths.some((pattern) => pattern.test(file.path)) && (list.condition === 'OR' || (list.regexes.length === 0 && list.stopwords.length === 0)),
    );
  }

  scan(file: ParsedFile, context: ScanContext): FindingDraft[] {
    const present = this.keywords.found(file.text);
    const drafts: Draft[] = [];
    for (const rule of this.compiled) {
      if (context.signal.aborted) break;
      if (rule.keywords.length > 0 && !rule.keywords.some((keyword) => present.has(keyword))) continue;
      if (rule.path && !rule.path.test(file.path)) continue;
      if (!rule.hits) {
        drafts.push(this.fileDraft(file, rule));
        continue;
      }
      for (const hit of rule.hits(file.text)) {
        const draft = this.toDraft(file, rule, hit, context.fixes);
        if (draft) drafts.push(draft);
      }
    }
    const specific = drafts.filter((draft) => !draft.fallback);
    return drafts
      .filter((draft) => !draft.fallback || !specific.some((other) => other.start < draft.end && draft.start < other.end))
      .map(({ fallback: _fallback, start: _start, end: _end, ...draft }) => draft);
  }

  private toDraft(file: ParsedFile, rule: CompiledRule, hit: Hit, withFixes: boolean): Draft | undefined {
    const { secret, secretStart } = hit;
    const secretEnd = secretStart + secret.length;
    // gitleaks keeps a secret only when its entropy is strictly above the threshold.
    if (rule.entropy !== undefined && shannonEntropy(secret) <= rule.entropy) return undefined;
    const range = file.rangeOf(secretStart, secretEnd);
    const lineText = file.lineText(range.start.line);
    // gitleaks numbers a finding by the line its whole match starts on (fingerprints, .gitleaksignore).
    const matchLine = file.positionAt(hit.matchStart).line;
    const candidate: Candidate = { path: file.path, secret, match: hit.matchText, line: lineText };
    if (rule.allows(candidate)) return undefined;
    if (this.options.gitleaks?.allowlists.some((list) => allowlistAllows(list, candidate))) return undefined;

    const fixes: Fix[] = [];
    // The environment fix needs the file's tree: parsed only when fixes are wanted.
    const envFix = rule.builtin && withFixes ? environmentFix(file, rule.builtin, secretStart, secretEnd) : undefined;
    if (envFix) fixes.push(envFix);
    const variable = envFix && environmentVariableOf(envFix);
    if (variable) {
      fixes.push({ title: `Add ${variable}= to .env.example`, kind: 'fix', edits: [], appendLine: { file: '.env.example', line: `${variable}=` } });
    }
    const allowFix = inlineAllowFix(file, range.start.line, lineText);
    if (allowFix) fixes.push(allowFix);
    const ignoreLine = gitleaksFingerprint(file.path, rule.id, matchLine + 1);
    fixes.push({ title: `Ignore this finding in .gitleaksignore (${ignoreLine})`, kind: 'suppress', edits: [], appendLine: { file: '.gitleaksignore', line: ignoreLine } });
    return {
      ruleId: rule.id,
      ...(rule.builtin ? {} : { severity: 'high' as const }),
      message: `${rule.title}: ${maskSecret(secret)}`,
      range,
      fingerprintBasis: secret,
      fixes,
      suppressed: this.suppression(file.path, rule.id, matchLine, lineText),
      fallback: rule.fallback,
      start: secretStart,
      end: secretEnd,
    };
  }

  /** A path-only rule (`path` without `regex`): the file itself is the finding. */
  private fileDraft(file: ParsedFile, rule: CompiledRule): Draft {
    const end = file.lineText(0).length;
    return {
      ruleId: rule.id,
      severity: 'high',
      message: `${rule.title}: this file should not be in the repository`,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: end } },
      fingerprintBasis: file.path,
      suppressed: this.suppression(file.path, rule.id, 0, file.lineText(0)),
      start: 0,
      end,
    };
  }

  private suppression(path: string, ruleId: string, line: number, lineText: string): Suppression | undefined {
    if (lineText.includes(INLINE_ALLOW)) return { by: INLINE_ALLOW };
    if (this.options.ignore?.has(gitleaksFingerprint(path, ruleId, line + 1))) return { by: '.gitleaksignore', reason: gitleaksFingerprint(path, ruleId, line + 1) };
    return undefined;
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
