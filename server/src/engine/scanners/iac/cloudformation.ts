/**
 * CloudFormation / SAM templates (YAML or JSON) → IacResource, with source positions.
 * Short-form intrinsics (`!Ref`, `!Sub`, `!If`…) and long-form `Fn::*` / `Ref` become expressions.
 */
import { parseTree } from 'jsonc-parser';
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { ParsedFile } from '../../source';
import type { Range, TextEdit } from '../../types';
import { jsonToIacValue } from './json-value';
import { asString, entry, objectsAt, type IacEntry, type IacObject, type IacResource, type IacValue } from './model';

const LOOKS_LIKE_TEMPLATE = /AWSTemplateFormatVersion|["']?Type["']?\s*:\s*["']?AWS::/;

export interface TemplateParse {
  resources: IacResource[];
  /** Set when the file looks like a template but could not be read. */
  error?: { message: string; range: Range };
}

export function cloudFormationResources(file: ParsedFile): TemplateParse {
  if (!LOOKS_LIKE_TEMPLATE.test(file.text)) return { resources: [] };
  const parsed = file.language === 'json' ? fromJson(file) : fromYaml(file);
  if ('error' in parsed) return { resources: [], error: parsed.error };
  const root = parsed.root;
  if (root.kind !== 'object') return { resources: [] };
  const resourcesEntry = entry(root, 'Resources');
  const isTemplate = entry(root, 'AWSTemplateFormatVersion') !== undefined || resourcesEntry !== undefined;
  if (!isTemplate || resourcesEntry?.value.kind !== 'object') return { resources: [] };
  const resources: IacResource[] = [];
  for (const resource of resourcesEntry.value.entries) {
    if (resource.value.kind !== 'object') continue;
    const type = asString(entry(resource.value, 'Type')?.value);
    if (!type) continue;
    resources.push(toResource(file, resource, resource.value, type, parsed.editable));
  }
  return { resources };
}

function toResource(file: ParsedFile, resource: IacEntry, definition: IacObject, type: string, editable: boolean): IacResource {
  const propertiesEntry = entry(definition, 'Properties');
  const body: IacObject =
    propertiesEntry?.value.kind === 'object' ? propertiesEntry.value : { kind: 'object', entries: [], range: resource.keyRange };
  const typeEntry = entry(definition, 'Type')!;
  const indent = ' '.repeat(typeEntry.keyRange.start.character);
  const eol = file.eol;
  const afterType = { line: typeEntry.range.end.line + 1, character: 0 };
  const insertAfterType = (text: string): TextEdit[] => [{ range: { start: afterType, end: afterType }, newText: text }];

  const skips = objectsAt(entry(entry(definition, 'Metadata')?.value as IacObject | undefined, 'checkov')?.value as IacObject | undefined, 'skip')
    .map((skip) => ({ checkId: asString(entry(skip, 'id')?.value) ?? '', reason: asString(entry(skip, 'comment')?.value) }))
    .filter((skip) => skip.checkId);

  return {
    framework: 'cloudformation',
    type,
    address: resource.key,
    range: { start: resource.keyRange.start, end: resource.range.end },
    headerRange: resource.keyRange,
    body,
    skips,
    eol,
    setAttribute(key, valueText) {
      if (!editable) return [];
      const existing = entry(body, key);
      if (existing) return [{ range: existing.value.range, newText: valueText }];
      const first = body.entries[0];
      if (propertiesEntry && first && first.keyRange.start.line > propertiesEntry.keyRange.start.line) {
        const at = { line: first.keyRange.start.line, character: 0 };
        return [{ range: { start: at, end: at }, newText: `${' '.repeat(first.keyRange.start.character)}${key}: ${valueText}${eol}` }];
      }
      if (propertiesEntry) return [];
      return insertAfterType(`${indent}Properties:${eol}${indent}  ${key}: ${valueText}${eol}`);
    },
    addSkip(checkId, reason) {
      if (!editable || entry(definition, 'Metadata')) return [];
      return insertAfterType(
        `${indent}Metadata:${eol}${indent}  checkov:${eol}${indent}    skip:${eol}${indent}      - id: ${checkId}${eol}${indent}        comment: ${JSON.stringify(reason)}${eol}`,
      );
    },
  };
}

type Parsed = { root: IacValue; editable: boolean } | { error: { message: string; range: Range } };

function fromYaml(file: ParsedFile): Parsed {
  // Intrinsic tags are unknown to the YAML schema; they are read as expressions below, so their warnings are expected.
  const document = parseDocument(file.text, { prettyErrors: false, uniqueKeys: false });
  const firstError = document.errors[0];
  if (firstError) {
    const [start, end] = firstError.pos;
    return { error: { message: `YAML error: ${firstError.message.split('\n')[0]}`, range: file.rangeOf(start, Math.max(end, start)) } };
  }
  if (!document.contents) return { root: { kind: 'object', entries: [], range: file.rangeOf(0, 0) }, editable: true };
  return { root: yamlValue(file, document.contents as YamlNode), editable: true };
}

function yamlRange(file: ParsedFile, node: { range?: [number, number, number] | null }): Range {
  const [start, end] = node.range ?? [0, 0, 0];
  return file.rangeOf(start, end);
}

function yamlValue(file: ParsedFile, node: YamlNode): IacValue {
  const range = yamlRange(file, node);
  if (typeof node.tag === 'string' && node.tag.startsWith('!') && !node.tag.startsWith('!!')) {
    return { kind: 'expression', text: `${node.tag} ${file.text.slice(node.range![0], node.range![1])}`, range };
  }
  if (isAlias(node)) return { kind: 'expression', text: `*${node.source}`, range };
  if (isScalar(node)) {
    const value = node.value;
    return { kind: 'scalar', value: typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : value === null ? null : String(value), range };
  }
  if (isSeq(node)) return { kind: 'list', items: node.items.map((item) => yamlValue(file, item as YamlNode)), range };
  if (isMap(node)) {
    const entries: IacEntry[] = [];
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const keyRange = yamlRange(file, pair.key);
      const value: IacValue = pair.value ? yamlValue(file, pair.value as YamlNode) : { kind: 'scalar', value: null, range: keyRange };
      entries.push({ key, keyRange, value, range: { start: keyRange.start, end: value.range.end } });
    }
    return longFormIntrinsic(file, entries, range) ?? { kind: 'object', entries, range };
  }
  return { kind: 'expression', text: String(node), range };
}

/** `{ "Ref": "X" }` and `{ "Fn::GetAtt": [...] }` are values decided at deploy time. */
function longFormIntrinsic(file: ParsedFile, entries: IacEntry[], range: Range): IacValue | undefined {
  if (entries.length !== 1) return undefined;
  const key = entries[0].key;
  if (key !== 'Ref' && key !== 'Condition' && !key.startsWith('Fn::')) return undefined;
  return { kind: 'expression', text: file.text.slice(file.offsetAt(range.start), file.offsetAt(range.end)), range };
}

function fromJson(file: ParsedFile): Parsed {
  const errors: { error: number; offset: number; length: number }[] = [];
  const root = parseTree(file.text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root) {
    const first = errors[0] ?? { offset: 0, length: 0 };
    return { error: { message: 'JSON syntax error', range: file.rangeOf(first.offset, first.offset + first.length) } };
  }
  // Edits would need JSON syntax (quotes, commas); fixes are offered for YAML templates only.
  return { root: jsonToIacValue(root, { positionAt: (offset) => file.positionAt(offset), object: (entries, range) => longFormIntrinsic(file, entries, range) }), editable: false };
}

