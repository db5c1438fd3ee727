/**
 * Shared logic of the AWS data and logging checks (S3, KMS, CloudTrail, SQS, SNS, DynamoDB, ECR,
 * Secrets Manager, CloudWatch Logs, Kinesis, Redshift, EFS, OpenSearch, SageMaker, Backup).
 * Most of them test one attribute at a dotted path (`point_in_time_recovery.enabled`), so one
 * mechanism covers them: find the value, judge it, say what an absent value means (the
 * provider's default), and offer to set the secure value in the file's own syntax.
 * Not a rule: this folder has no rule.ts, so the rule index skips it.
 */
import { asBoolean, asNumber, asString, entry, type IacEntry, type IacFramework, type IacObject, type IacResource, type IacValue } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult } from '../../../server/src/engine/scanners/iac/rule';
import type { TextEdit } from '../../../server/src/engine/types';

/** A verdict on a value that is present: true passes, false fails, undefined = decided at deploy time. */
export type ValueTest = (value: IacValue) => boolean | undefined;

export type Absent = 'fail' | 'pass';

export interface AttributeCheck {
  /** Dotted path per framework; a framework without a path is not inspected. */
  path: Partial<Record<IacFramework, string>>;
  test: ValueTest;
  /** What leaving the attribute out (or `null`) means: the provider default decides, as in Checkov. */
  whenAbsent: Absent | Partial<Record<IacFramework, Absent>>;
  /** Message when the value is present and wrong, e.g. "Point-in-time recovery is disabled". */
  wrong: string;
  /** Message when the attribute is absent and that fails, e.g. "Point-in-time recovery is not enabled". */
  missing?: string;
  /** The value that makes the check pass, written per framework (`true`, `"IMMUTABLE"`), for a quick fix. */
  fix?: Partial<Record<IacFramework, string>>;
}

interface Located {
  /** The entry at the full path, when present and not null. */
  found?: IacEntry;
  /** The deepest object on the path that exists (the resource body when nothing does) and the path left below it. */
  parent: IacObject;
  parentEntry?: IacEntry;
  rest: string[];
  /** An intermediate value is an expression (`dynamic` content, a variable): nothing can be said. */
  unresolved: boolean;
  /** An intermediate value is neither an object nor an expression (a string, a list of several): the path cannot exist. */
  blockedBy?: IacEntry;
}

/** Follows a dotted path through objects (a Terraform block, a YAML mapping; a one-item list is entered). */
export function locate(resource: IacResource, path: string): Located {
  const keys = path.split('.');
  let parent: IacObject = resource.body;
  let parentEntry: IacEntry | undefined;
  for (let i = 0; i < keys.length; i++) {
    const found = entry(parent, keys[i]);
    const isNull = found?.value.kind === 'scalar' && found.value.value === null;
    if (!found || isNull) return { parent, parentEntry, rest: keys.slice(i), unresolved: false };
    if (i === keys.length - 1) return { found, parent, parentEntry, rest: [], unresolved: false };
    let value: IacValue = found.value;
    if (value.kind === 'list' && value.items.length === 1) value = value.items[0];
    if (value.kind === 'expression') return { parent, parentEntry, rest: keys.slice(i), unresolved: true };
    if (value.kind !== 'object') return { parent, parentEntry, rest: keys.slice(i), unresolved: false, blockedBy: found };
    parent = value;
    parentEntry = found;
  }
  return { parent, parentEntry, rest: [], unresolved: false };
}

export function checkAttribute(resource: IacResource, check: AttributeCheck): IacCheckResult {
  const path = check.path[resource.framework];
  if (!path) return { status: 'passed' };
  const located = locate(resource, path);
  if (located.unresolved) return { status: 'unknown' };
  const fixText = check.fix?.[resource.framework];
  // Built only for a failure; a path that cannot exist as written gets no fix rather than a duplicate key.
  const fix = () => (fixText === undefined || located.blockedBy ? undefined : fixAt(resource, located, path, fixText));
  if (!located.found) {
    const absent = typeof check.whenAbsent === 'string' ? check.whenAbsent : check.whenAbsent[resource.framework];
    if (absent !== 'fail') return { status: 'passed' };
    const at = (located.blockedBy ?? located.parentEntry)?.range;
    return { status: 'failed', at, message: check.missing ?? `${check.wrong} (${path} is not set)`, fix: fix() };
  }
  const verdict = check.test(located.found.value);
  if (verdict === true) return { status: 'passed' };
  if (verdict === undefined) return { status: 'unknown' };
  return { status: 'failed', at: located.found.range, message: check.wrong, fix: fix() };
}

function fixAt(resource: IacResource, located: Located, path: string, valueText: string): { title: string; edits: TextEdit[] } | undefined {
  const edits = setPath(resource, located, valueText);
  if (edits.length === 0) return undefined;
  return { title: `Set ${path} to ${valueText.replace(/^"(.*)"$/, '$1')}`, edits };
}

// ---------------------------------------------------------------------------------------------
// Value tests

/** true (or "true") passes; false fails; an expression is decided at deploy time. */
export const isTrue: ValueTest = (value) => (value.kind === 'expression' ? undefined : asBoolean(value) === true);

/** false (or "false") passes, anything else that is known fails. */
export const isFalse: ValueTest = (value) => (value.kind === 'expression' ? undefined : asBoolean(value) === false);

/** Any value that is set passes (Checkov's ANY_VALUE): a reference counts as set; an empty string does not. */
export const isSet: ValueTest = (value) => {
  if (value.kind === 'scalar') return value.value !== null && value.value !== '' && value.value !== false;
  return true;
};

/** One of the given strings, compared case-insensitively. */
export function isOneOf(...allowed: string[]): ValueTest {
  const wanted = new Set(allowed.map((item) => item.toLowerCase()));
  return (value) => {
    if (value.kind === 'expression') return undefined;
    const text = asString(value);
    return text !== undefined && wanted.has(text.toLowerCase());
  };
}

/** A number at or above a minimum (or one of the extra accepted numbers, e.g. 0 = never expire). */
export function isAtLeast(minimum: number, ...alsoAccepted: number[]): ValueTest {
  return (value) => {
    if (value.kind === 'expression') return undefined;
    const number = asNumber(value);
    return number !== undefined && (number >= minimum || alsoAccepted.includes(number));
  };
}

// ---------------------------------------------------------------------------------------------
// Fixes: set a value at a path, creating the blocks / mappings on the way.

function setPath(resource: IacResource, located: Located, valueText: string): TextEdit[] {
  if (located.found) return [{ range: located.found.value.range, newText: valueText }];
  return resource.framework === 'terraform' ? insertTerraform(resource, located, valueText) : insertYaml(resource, located, valueText);
}

/** Terraform: `key = value`, or nested blocks `a {\n  key = value\n}`, inside the deepest existing block. */
function insertTerraform(resource: IacResource, located: Located, valueText: string): TextEdit[] {
  const { rest } = located;
  // A top-level attribute: the adapter inserts it (and knows one-line resources).
  if (!located.parentEntry && rest.length === 1) return resource.setAttribute(rest[0], valueText);
  const block = located.parentEntry?.range ?? resource.range;
  // A block written on one line (`a { }`) has nowhere to put a new line; no fix rather than a broken one.
  if (block.start.line === block.end.line) return [];
  const eol = resource.eol;
  const base = ' '.repeat(block.start.character + 2);
  const lines: string[] = [];
  rest.forEach((key, depth) => {
    const indent = base + '  '.repeat(depth);
    lines.push(depth === rest.length - 1 ? `${indent}${key} = ${valueText}` : `${indent}${key} {`);
  });
  for (let depth = rest.length - 2; depth >= 0; depth--) lines.push(`${base}${'  '.repeat(depth)}}`);
  // A new nested block goes last, before the closing brace, where Terraform style keeps blocks;
  // a single attribute goes first. Either way it lands on a line of its own.
  const closingBraceOnOwnLine = block.end.character - 1 === block.start.character;
  const at = rest.length > 1 && closingBraceOnOwnLine ? { line: block.end.line, character: 0 } : { line: block.start.line + 1, character: 0 };
  return [{ range: { start: at, end: at }, newText: lines.map((line) => line + eol).join('') }];
}

/**
 * YAML: `Key: value`, or nested `Key:` / `  Inner: value` lines, before the first key of the deepest
 * existing block mapping at its indentation. Without one (no Properties, or a flow mapping) the
 * adapter adds a top-level key with a flow value (`Key: { Inner: value }`); JSON templates get no fix.
 */
function insertYaml(resource: IacResource, located: Located, valueText: string): TextEdit[] {
  const [first, ...inner] = located.rest;
  const flowValue = inner.reduceRight((text, key) => `{ ${key}: ${text} }`, valueText);
  const editable = resource.setAttribute(first, flowValue);
  if (editable.length === 0) return [];
  const firstEntry = located.parent.entries[0];
  const parentStart = located.parent.range.start;
  const blockStyle = firstEntry !== undefined && firstEntry.keyRange.start.line === parentStart.line && firstEntry.keyRange.start.character === parentStart.character;
  if (!blockStyle) return located.parentEntry ? [] : editable;
  const eol = resource.eol;
  const indent = firstEntry.keyRange.start.character;
  const lines = located.rest.map((key, depth) => `${' '.repeat(indent + 2 * depth)}${key}:${depth === located.rest.length - 1 ? ` ${valueText}` : ''}`);
  const at = { line: firstEntry.keyRange.start.line, character: 0 };
  return [{ range: { start: at, end: at }, newText: lines.map((line) => line + eol).join('') }];
}
