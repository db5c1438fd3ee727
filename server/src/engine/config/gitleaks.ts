/**
 * A repository's gitleaks configuration, read as gitleaks 8 reads it: `.gitleaks.toml` with
 * `[extend]`, `[[rules]]` (and their `[[rules.allowlists]]`), the global `[allowlist]` /
 * `[[allowlists]]`; and `.gitleaksignore` fingerprints.
 *
 * Patterns in these files are Go regular expressions. They are compiled with RE2 (the engine
 * Go's regexp package implements), so `(?i)`, `\z` and `[[:alpha:]]` mean what they mean to
 * gitleaks, and matching takes linear time: a pattern from a repository cannot hang the scan.
 */
import { RE2 } from 're2-wasm';
import { parse, TomlError } from 'smol-toml';
import { ConfigError } from './preflight';

/** A compiled Go pattern. `exec` finds matches from `from`; indices are UTF-16 offsets. */
export class GoPattern {
  private readonly re2: RE2;

  constructor(readonly source: string) {
    this.re2 = new RE2(source, 'gu');
  }

  /** Every match in `text`: the whole match and its groups (undefined when a group did not take part). */
  *matches(text: string): Generator<{ index: number; groups: Array<string | undefined> }> {
    this.re2.lastIndex = 0;
    for (let match = this.re2.exec(text); match; match = this.re2.exec(text)) {
      if ((match[0] ?? '').length === 0) this.re2.lastIndex++;
      yield { index: match.index, groups: [...match] };
    }
  }

  test(text: string): boolean {
    this.re2.lastIndex = 0;
    return this.re2.test(text);
  }
}

export interface GitleaksAllowlist {
  description?: string;
  /** OR (default): any criterion allows; AND: every criterion given must match. */
  condition: 'OR' | 'AND';
  regexTarget: 'secret' | 'match' | 'line';
  regexes: GoPattern[];
  paths: GoPattern[];
  stopwords: string[];
}

export interface GitleaksRule {
  id: string;
  description?: string;
  regex?: GoPattern;
  secretGroup?: number;
  entropy?: number;
  keywords: string[];
  path?: GoPattern;
  tags: string[];
  allowlists: GitleaksAllowlist[];
}

export interface GitleaksConfig {
  /** Workspace-relative file it came from. */
  file: string;
  /** `[extend] useDefault = true`, or no `[[rules]]` at all: the built-in rules stay. */
  useDefault: boolean;
  /** `[extend] path`, until `resolveExtends` has merged it. */
  extendPath?: string;
  disabledRules: string[];
  rules: GitleaksRule[];
  allowlists: GitleaksAllowlist[];
}

type Table = Record<string, unknown>;

/** Parses `.gitleaks.toml`. Throws ConfigError (file, line, column) on bad TOML, bad patterns or bad fields. */
export function parseGitleaksConfig(text: string, file: string): GitleaksConfig {
  let document: Table;
  try {
    document = parse(text.replace(/^\uFEFF/, '')) as Table;
  } catch (error) {
    if (error instanceof TomlError) throw new ConfigError(`TOML syntax error: ${error.message.split('\n')[0]}`, file, error.line, error.column);
    throw error;
  }
  const locate = (needle: string) => lineOf(text, needle);
  const fail = (message: string, needle: string): never => {
    const { line, column } = locate(needle);
    throw new ConfigError(message, file, line, column);
  };

  const extend = (document.extend ?? {}) as Table;
  if (typeof extend !== 'object' || Array.isArray(extend)) fail('`[extend]` must be a table', 'extend');
  if (extend.url !== undefined) fail('`[extend] url` is not supported (Preflight makes no network calls): download the file and use `[extend] path`', 'url');
  if (extend.path !== undefined && typeof extend.path !== 'string') fail('`[extend] path` must be a string', 'path');
  const rulesValue = document.rules ?? [];
  if (!Array.isArray(rulesValue)) fail('`rules` must be an array of tables (`[[rules]]`)', 'rules');
  const rules = (rulesValue as Table[]).map((rule, index) => parseRule(rule, index, fail));
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) fail(`rule id \`${rule.id}\` is defined twice`, `"${rule.id}"`);
    ids.add(rule.id);
  }
  const globals: GitleaksAllowlist[] = [];
  if (document.allowlist !== undefined) globals.push(parseAllowlist(document.allowlist, '[allowlist]', fail));
  if (document.allowlists !== undefined) {
    if (!Array.isArray(document.allowlists)) fail('`allowlists` must be an array of tables (`[[allowlists]]`)', 'allowlists');
    for (const list of document.allowlists as unknown[]) globals.push(parseAllowlist(list, '[[allowlists]]', fail));
  }
  const disabledRules = extend.disabledRules ?? [];
  if (!Array.isArray(disabledRules) || disabledRules.some((id) => typeof id !== 'string')) fail('`disabledRules` must be a list of rule ids', 'disabledRules');
  return {
    file,
    useDefault: extend.useDefault === true || (rules.length === 0 && extend.path === undefined),
    extendPath: extend.path as string | undefined,
    disabledRules: disabledRules as string[],
    rules,
    allowlists: globals,
  };
}

/**
 * Applies `[extend] path`: the extended file's rules and allowlists come first, this file's rules
 * replace same-id ones, as gitleaks merges them. `read` returns the text of a path relative to the
 * workspace root. Extension chains stop at depth 2, like gitleaks.
 */
export function resolveExtends(config: GitleaksConfig, read: (path: string) => string, depth = 0): GitleaksConfig {
  if (!config.extendPath) return config;
  if (depth >= 2) throw new ConfigError('`[extend]` goes deeper than 2 files', config.file, 1, 1);
  let baseText: string;
  try {
    baseText = read(config.extendPath);
  } catch {
    throw new ConfigError(`\`[extend] path\` names ${config.extendPath}, which cannot be read`, config.file, 1, 1);
  }
  const base = resolveExtends(parseGitleaksConfig(baseText, config.extendPath), read, depth + 1);
  const own = new Set(config.rules.map((rule) => rule.id));
  return {
    ...config,
    extendPath: undefined,
    useDefault: config.useDefault || base.useDefault,
    disabledRules: [...base.disabledRules, ...config.disabledRules],
    rules: [...base.rules.filter((rule) => !own.has(rule.id)), ...config.rules],
    allowlists: [...base.allowlists, ...config.allowlists],
  };
}

type Fail = (message: string, needle: string) => never;

function compile(source: unknown, what: string, fail: Fail): GoPattern {
  if (typeof source !== 'string') return fail(`${what} must be a string`, what.split(' ').pop() ?? what);
  try {
    return new GoPattern(source);
  } catch (error) {
    return fail(`${what} is not a valid Go regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`, source.slice(0, 40));
  }
}

function parseRule(rule: Table, index: number, fail: Fail): GitleaksRule {
  const where = typeof rule.id === 'string' ? `rule \`${rule.id}\`` : `rule #${index + 1}`;
  const anchor = typeof rule.id === 'string' ? `"${rule.id}"` : 'rules';
  if (typeof rule.id !== 'string' || rule.id.length === 0) fail(`${where} needs an \`id\``, anchor);
  if (rule.regex === undefined && rule.path === undefined) fail(`${where} needs a \`regex\` or a \`path\``, anchor);
  const keywords = rule.keywords ?? [];
  if (!Array.isArray(keywords) || keywords.some((k) => typeof k !== 'string')) fail(`${where}: \`keywords\` must be a list of strings`, anchor);
  if (rule.entropy !== undefined && typeof rule.entropy !== 'number') fail(`${where}: \`entropy\` must be a number`, anchor);
  if (rule.secretGroup !== undefined && (!Number.isInteger(rule.secretGroup) || (rule.secretGroup as number) < 0)) fail(`${where}: \`secretGroup\` must be a non-negative integer`, anchor);
  const allowlists: GitleaksAllowlist[] = [];
  if (rule.allowlist !== undefined) allowlists.push(parseAllowlist(rule.allowlist, `${where} [rules.allowlist]`, fail));
  if (rule.allowlists !== undefined) {
    if (!Array.isArray(rule.allowlists)) fail(`${where}: \`allowlists\` must be an array of tables`, anchor);
    for (const list of rule.allowlists as unknown[]) allowlists.push(parseAllowlist(list, `${where} [[rules.allowlists]]`, fail));
  }
  return {
    id: rule.id as string,
    description: typeof rule.description === 'string' ? rule.description : undefined,
    regex: rule.regex === undefined ? undefined : compile(rule.regex, `${where} regex`, fail),
    secretGroup: rule.secretGroup as number | undefined,
    entropy: rule.entropy as number | undefined,
    keywords: (keywords as string[]).map((keyword) => keyword.toLowerCase()),
    path: rule.path === undefined ? undefined : compile(rule.path, `${where} path`, fail),
    tags: Array.isArray(rule.tags) ? rule.tags.filter((tag): tag is string => typeof tag === 'string') : [],
    allowlists,
  };
}

function parseAllowlist(value: unknown, where: string, fail: Fail): GitleaksAllowlist {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(`${where} must be a table`, 'allowlist');
  const list = value as Table;
  const strings = (key: string): string[] => {
    const raw = list[key] ?? [];
    if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string')) fail(`${where}: \`${key}\` must be a list of strings`, key);
    return raw as string[];
  };
  const condition = String(list.condition ?? 'OR').toUpperCase();
  if (condition !== 'OR' && condition !== 'AND') fail(`${where}: \`condition\` must be "OR" or "AND"`, 'condition');
  const regexTarget = String(list.regexTarget ?? 'secret');
  if (!['secret', 'match', 'line'].includes(regexTarget)) fail(`${where}: \`regexTarget\` must be "secret", "match" or "line"`, 'regexTarget');
  return {
    description: typeof list.description === 'string' ? list.description : undefined,
    condition: condition as 'OR' | 'AND',
    regexTarget: regexTarget as GitleaksAllowlist['regexTarget'],
    regexes: strings('regexes').map((source) => compile(source, `${where} regex`, fail)),
    paths: strings('paths').map((source) => compile(source, `${where} path`, fail)),
    stopwords: strings('stopwords').map((word) => word.toLowerCase()),
  };
}

/** 1-based line and column of the first occurrence of `needle` (TOML values carry no positions). */
function lineOf(text: string, needle: string): { line: number; column: number } {
  const index = Math.max(text.indexOf(needle), 0);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Does an allowlist allow this candidate? (gitleaks semantics: OR = any criterion; AND = all given criteria.) */
export function allowlistAllows(list: GitleaksAllowlist, candidate: { path: string; secret: string; match: string; line: string }): boolean {
  const target = list.regexTarget === 'match' ? candidate.match : list.regexTarget === 'line' ? candidate.line : candidate.secret;
  const checks: boolean[] = [];
  if (list.paths.length > 0) checks.push(list.paths.some((pattern) => pattern.test(candidate.path)));
  if (list.regexes.length > 0) checks.push(list.regexes.some((pattern) => pattern.test(target)));
  if (list.stopwords.length > 0) {
    const lower = candidate.secret.toLowerCase();
    checks.push(list.stopwords.some((word) => lower.includes(word)));
  }
  if (checks.length === 0) return false;
  return list.condition === 'AND' ? checks.every(Boolean) : checks.some(Boolean);
}

/** `.gitleaksignore`: one fingerprint per line (`file:rule-id:line`, or with a leading commit), `#` comments. */
export function parseGitleaksIgnore(text: string): Set<string> {
  const fingerprints = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const parts = line.split(':');
    // commit:file:rule:line → file:rule:line (dir scans have no commit); Windows drive letters stay in the file part.
    fingerprints.add(parts.length >= 4 && /^[0-9a-f]{7,40}$/.test(parts[0]) ? parts.slice(1).join(':') : line);
  }
  return fingerprints;
}

/** gitleaks' fingerprint of a finding in a directory scan. */
export function gitleaksFingerprint(file: string, ruleId: string, line: number): string {
  return `${file}:${ruleId}:${line}`;
}
