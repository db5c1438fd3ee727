/**
 * `.preflight/baseline.json`: findings a team has accepted, each by fingerprint with its rule,
 * file and the reason. Gates ignore baselined findings (they are suppressed with `by: baseline`),
 * so a new gate can be switched on for an old codebase and still fail on anything new.
 * Fingerprints come from file, rule and matched content, so entries survive unrelated edits.
 */
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Finding, Suppression } from '../types';
import { ConfigError } from './preflight';

export const BASELINE_FILE = '.preflight/baseline.json';
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  reason: string;
}

export type Baseline = ReadonlyMap<string, BaselineEntry>;

export function parseBaseline(text: string, file = BASELINE_FILE): Baseline {
  const errors: ParseError[] = [];
  const clean = text.replace(/^\uFEFF/, '');
  const position = (offset: number) => {
    const before = clean.slice(0, offset).split(/\r?\n/);
    return [before.length, before[before.length - 1].length + 1] as const;
  };
  const root = parseTree(clean, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) {
    const [line, column] = position(errors[0]?.offset ?? 0);
    throw new ConfigError(`not valid JSON: ${errors[0] ? printParseErrorCode(errors[0].error) : 'empty file'}`, file, line, column);
  }
  const value = JSON.parse(clean) as { version?: unknown; findings?: unknown };
  if (value.version !== BASELINE_VERSION) throw new ConfigError(`\`version\` must be ${BASELINE_VERSION}`, file, 1, 1);
  if (!Array.isArray(value.findings)) throw new ConfigError('`findings` must be a list', file, 1, 1);
  const entries = new Map<string, BaselineEntry>();
  const nodes = root.children?.find((property) => property.children?.[0]?.value === 'findings')?.children?.[1]?.children ?? [];
  value.findings.forEach((item: Partial<BaselineEntry>, index) => {
    const [line, column] = position(nodes[index]?.offset ?? 0);
    for (const key of ['fingerprint', 'ruleId', 'file', 'reason'] as const) {
      if (typeof item?.[key] !== 'string' || !item[key]) throw new ConfigError(`finding ${index + 1} needs a non-empty \`${key}\``, file, line, column);
    }
    entries.set(item.fingerprint!, item as BaselineEntry);
  });
  return entries;
}

/** The file's text: entries sorted by file, rule and fingerprint, so diffs stay small. */
export function renderBaseline(entries: Iterable<BaselineEntry>): string {
  const sorted = [...entries].sort((a, b) => compare(a.file, b.file) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint));
  const findings = sorted.map(({ fingerprint, ruleId, file, reason }) => ({ fingerprint, ruleId, file, reason }));
  return `${JSON.stringify({ version: BASELINE_VERSION, findings }, null, 2)}\n`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function baselineSuppression(baseline: Baseline | undefined, fingerprint: string): Suppression | undefined {
  const entry = baseline?.get(fingerprint);
  return entry ? { by: 'baseline', reason: entry.reason } : undefined;
}

/** Marks baselined findings suppressed (findings already suppressed keep their own reason). */
export function applyBaseline(findings: Finding[], baseline: Baseline | undefined): Finding[] {
  if (!baseline || baseline.size === 0) return findings;
  return findings.map((finding) => {
    const suppressed = finding.suppressed ?? baselineSuppression(baseline, finding.fingerprint);
    return suppressed === finding.suppressed ? finding : { ...finding, suppressed };
  });
}

export function isBaselined(finding: Finding): boolean {
  return finding.suppressed?.by === 'baseline';
}
