/**
 * Reading IAM policy documents of AWS resources (queue, repository and key policies) for the AWS
 * data checks. A policy can be a JSON string, a heredoc, a CloudFormation mapping or (once the
 * Terraform adapter evaluates it) a `jsonencode({...})` object; anything built at deploy time
 * yields `undefined` so the check reports nothing.
 * Not a rule: this folder has no rule.ts, so the rule index skips it.
 */
import { entry, type IacResource, type IacValue } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult } from '../../../server/src/engine/scanners/iac/rule';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A value that is only known at deploy time somewhere inside the document. */
class Unresolved extends Error {}

function toJson(value: IacValue): Json {
  switch (value.kind) {
    case 'scalar':
      return value.value;
    case 'list':
      return value.items.map(toJson);
    case 'object':
      return Object.fromEntries(value.entries.map((item) => [item.key, toJson(item.value)]));
    default:
      throw new Unresolved();
  }
}

/** `<<EOF ... EOF` / `<<-EOF ... EOF` without interpolation: its text. */
function heredocText(text: string): string | undefined {
  const match = /^<<-?([A-Za-z_][A-Za-z0-9_]*)\r?\n([\s\S]*?)\r?\n\s*\1\s*$/.exec(text);
  if (!match || match[2].includes('${')) return undefined;
  return match[2];
}

function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/**
 * A quoted Terraform string (`"{\"Effect\": ...}"`) reaches the model with its escapes as written;
 * when the text is not JSON as it stands, read it once more with `\"` and `\\` unescaped.
 */
function unescapeHcl(text: string): string {
  return text.replace(/\\(["\\])/g, '$1');
}

/** The policy as JSON, or undefined when it is decided at deploy time or is not valid JSON. */
export function policyDocument(value: IacValue | undefined): Json | undefined {
  if (!value) return undefined;
  let text: string | undefined;
  if (value.kind === 'expression') text = heredocText(value.text);
  else if (value.kind === 'scalar' && typeof value.value === 'string') text = value.value;
  if (text !== undefined) return parseJson(text) ?? parseJson(unescapeHcl(text));
  try {
    return toJson(value);
  } catch (error) {
    if (error instanceof Unresolved) return undefined;
    throw error;
  }
}

export type Statement = { [key: string]: Json };

export function statements(document: Json | undefined): Statement[] {
  if (!document || typeof document !== 'object' || Array.isArray(document)) return [];
  const list = document.Statement;
  const items = Array.isArray(list) ? list : list ? [list] : [];
  return items.filter((item): item is Statement => typeof item === 'object' && item !== null && !Array.isArray(item));
}

export function isAllow(statement: Statement): boolean {
  return statement.Effect === 'Allow';
}

function strings(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/** `Principal: "*"`, `Principal: { AWS: "*" }` or a list of AWS principals that contains "*". */
export function hasWildcardPrincipal(statement: Statement): boolean {
  const principal = statement.Principal;
  if (principal === '*') return true;
  if (principal && typeof principal === 'object' && !Array.isArray(principal)) return strings(principal.AWS).includes('*');
  return false;
}

/** Allows anyone: a wildcard principal that no condition narrows down (source account, VPC, org…). */
export function isPublicStatement(statement: Statement): boolean {
  const condition = statement.Condition;
  const conditioned = condition !== undefined && condition !== null && typeof condition === 'object' && Object.keys(condition).length > 0;
  return isAllow(statement) && hasWildcardPrincipal(statement) && !conditioned;
}

/** `Action: "*"` or a list of actions that contains "*". */
export function allowsAllActions(statement: Statement): boolean {
  return isAllow(statement) && strings(statement.Action).includes('*');
}

/**
 * Fails when a statement of the policy at `key` matches `isBad`; the finding lands on the policy.
 * No policy passes (the resource is then private by default); a policy built at deploy time is unknown.
 */
export function checkPolicy(resource: IacResource, key: string, isBad: (statement: Statement) => boolean, message: string): IacCheckResult {
  const found = entry(resource.body, key);
  if (!found || (found.value.kind === 'scalar' && found.value.value === null)) return { status: 'passed' };
  const document = policyDocument(found.value);
  if (document === undefined) return { status: 'unknown' };
  return statements(document).some(isBad) ? { status: 'failed', at: found.range, message } : { status: 'passed' };
}
