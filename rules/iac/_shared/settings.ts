/**
 * Shared logic of the AWS compute and network checks (EC2, load balancers, RDS, Lambda, EKS,
 * ElastiCache, API Gateway, CloudFront) that read one setting at a path, possibly nested
 * (`tracing_config.mode`, `DistributionConfig.Logging.Bucket`), and decide by its value and by
 * the provider's default when it is left out. Not a rule: this folder has no rule.ts.
 *
 * Paths are dotted keys, one per framework. A Terraform block or a CloudFormation list holding a
 * single object is stepped into, as Checkov reads `block/[0]/key`.
 */
import { asBoolean, asString, entry, type IacEntry, type IacFramework, type IacObject, type IacResource, type IacValue } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult } from '../../../server/src/engine/scanners/iac/rule';
import type { TextEdit } from '../../../server/src/engine/types';

export type Paths = Partial<Record<IacFramework, string>>;

/** Where a path leads: the entry when every key exists; otherwise the deepest block reached. */
export type Lookup =
  | { kind: 'found'; entry: IacEntry }
  /** Some step is only known at deploy time (a variable, `!If`, a `dynamic` block). */
  | { kind: 'unknown' }
  /** `parent` is the deepest existing block entry (undefined: the resource body itself); `missing` the keys below it. */
  | { kind: 'missing'; parent?: IacEntry; missing: string[] };

export function lookup(resource: IacResource, paths: Paths): Lookup {
  const path = paths[resource.framework];
  if (!path) return { kind: 'missing', missing: [] };
  return lookupIn(resource.body, path.split('.'));
}

export function lookupIn(object: IacObject, keys: string[]): Lookup {
  let current: IacObject = object;
  let parent: IacEntry | undefined;
  for (let i = 0; i < keys.length; i++) {
    const found = entry(current, keys[i]);
    if (!found) return { kind: 'missing', parent, missing: keys.slice(i) };
    if (i === keys.length - 1) return { kind: 'found', entry: found };
    const inner = singleObject(found.value);
    if (inner === 'unknown') return { kind: 'unknown' };
    if (!inner) return { kind: 'missing', parent, missing: keys.slice(i) };
    current = inner;
    parent = found;
  }
  return { kind: 'missing', parent, missing: [] };
}

/** The object of a block, or of a list holding objects (the first, as Checkov reads `[0]`). */
export function singleObject(value: IacValue): IacObject | 'unknown' | undefined {
  if (value.kind === 'object') return value;
  if (value.kind === 'expression') return 'unknown';
  if (value.kind === 'list') {
    const first = value.items[0];
    if (first?.kind === 'object') return first;
    if (first?.kind === 'expression') return 'unknown';
  }
  return undefined;
}

/** Null means "unset" in Terraform: the provider default applies. */
export function isNull(value: IacValue): boolean {
  return value.kind === 'scalar' && value.value === null;
}

/** A value that says nothing: null, "", [] or {}. */
export function isEmpty(value: IacValue): boolean {
  if (value.kind === 'scalar') return value.value === null || value.value === '';
  if (value.kind === 'list') return value.items.length === 0;
  if (value.kind === 'object') return value.entries.length === 0;
  return false;
}

export interface FlagSpec {
  paths: Paths;
  /** What the setting turns on, for messages: "Detailed monitoring". */
  feature: string;
  /** The value that passes (default true). */
  expected?: boolean;
  /** The provider's value when the setting is left out, per framework (default: the opposite of `expected`). */
  defaults?: Partial<Record<IacFramework, boolean>>;
  /** Offer a quick fix that sets the expected value (default true). */
  fix?: boolean;
  /** The message when the setting is left out, where "defaults to …" would not be the reason. */
  absentMessage?: string;
}

/**
 * A boolean setting that must have one value. Passes when it has it, or is absent and the
 * default is the expected value; unknown when it is an expression; fails otherwise, on the
 * attribute when it is written and on the resource header when it is left out.
 */
export function checkFlag(resource: IacResource, spec: FlagSpec): IacCheckResult {
  const expected = spec.expected ?? true;
  const fallback = spec.defaults?.[resource.framework] ?? !expected;
  const found = lookup(resource, spec.paths);
  if (found.kind === 'unknown') return { status: 'unknown' };
  const path = spec.paths[resource.framework]!;
  const key = path.split('.').pop()!;
  const written = found.kind === 'found' && !isNull(found.entry.value) ? found.entry : undefined;
  const value = written ? asBoolean(written.value) : fallback;
  if (value === expected) return { status: 'passed' };
  if (written && value === undefined) return { status: 'unknown' };
  const text = String(expected);
  const state = expected ? 'disabled' : 'enabled';
  return {
    status: 'failed',
    at: written?.range,
    message: written ? `${spec.feature} is ${state}` : (spec.absentMessage ?? `${spec.feature} is ${state} (${key} is not set and defaults to ${fallback})`),
    fix: spec.fix === false ? undefined : fixValue(resource, found, path, text, `Set ${key} to ${text}`),
  };
}

/**
 * A setting that must be present with some value (Checkov's ANY_VALUE): a log destination, a
 * KMS key, a limit. An expression counts as present. Fails on the header when absent or empty.
 */
export function checkPresent(resource: IacResource, paths: Paths, message: string): IacCheckResult {
  const found = lookup(resource, paths);
  if (found.kind === 'unknown') return { status: 'passed' };
  if (found.kind === 'found' && !isEmpty(found.entry.value)) return { status: 'passed' };
  return { status: 'failed', at: found.kind === 'found' ? found.entry.range : undefined, message };
}

/** Lower-cased string of a setting, or 'unknown' for an expression, or undefined when absent/null. */
export function stringAt(resource: IacResource, paths: Paths): { value: string; entry: IacEntry } | 'unknown' | undefined {
  const found = lookup(resource, paths);
  if (found.kind === 'unknown') return 'unknown';
  if (found.kind !== 'found' || isNull(found.entry.value)) return undefined;
  if (found.entry.value.kind === 'expression') return 'unknown';
  const value = asString(found.entry.value);
  return value === undefined ? 'unknown' : { value, entry: found.entry };
}

/**
 * Edits that give the setting at `path` the value `valueText` (framework syntax): in place when
 * it is written; Terraform: a new line in the deepest existing block, or new nested blocks after
 * the resource header; CloudFormation: a new top-level property. No edit for other shapes
 * (a one-line block, a nested CloudFormation property), so the fix is offered only where it is safe.
 */
export function fixValue(resource: IacResource, found: Lookup, path: string, valueText: string, title: string): { title: string; edits: TextEdit[] } | undefined {
  let edits: TextEdit[] = [];
  const keys = path.split('.');
  if (found.kind === 'found') edits = [{ range: found.entry.value.range, newText: valueText }];
  else if (found.kind === 'missing' && keys.length === 1) edits = resource.setAttribute(keys[0], valueText);
  else if (found.kind === 'missing' && resource.framework === 'terraform') edits = insertNested(resource, found, valueText);
  return edits.length > 0 ? { title, edits } : undefined;
}

function insertNested(resource: IacResource, found: { parent?: IacEntry; missing: string[] }, valueText: string): TextEdit[] {
  if (found.missing.length === 0) return [];
  const anchor = found.parent ? found.parent.range : resource.range;
  const anchorStart = found.parent ? found.parent.range.start : resource.headerRange.start;
  // A block written on one line (`x { a = 1 }` or `resource "t" "n" {}`) has no line to insert after.
  if (anchor.start.line === anchor.end.line) return [];
  const indent = ' '.repeat(anchorStart.character + 2);
  const lines = nestedLines(found.missing, valueText, indent);
  const at = { line: anchorStart.line + 1, character: 0 };
  return [{ range: { start: at, end: at }, newText: lines.map((line) => line + resource.eol).join('') }];
}

/** `a { b = v }` written as nested blocks, one key per level: ["a {", "  b = v", "}"]. */
function nestedLines(keys: string[], valueText: string, indent: string): string[] {
  if (keys.length === 1) return [`${indent}${keys[0]} = ${valueText}`];
  return [`${indent}${keys[0]} {`, ...nestedLines(keys.slice(1), valueText, `${indent}  `), `${indent}}`];
}
