/**
 * Terraform → IacResource, from the tree-sitter HCL (terraform dialect) tree.
 * Values that depend on variables, functions or interpolation stay expressions.
 */
import type { Node } from 'web-tree-sitter';
import type { ParsedFile } from '../../source';
import type { Range, TextEdit } from '../../types';
import type { IacEntry, IacObject, IacResource, IacSkip, IacValue } from './model';

export const CHECKOV_SKIP = /checkov:skip=([A-Za-z0-9_*]+)(?::([^\r\n]*))?/g;

export function terraformResources(file: ParsedFile): IacResource[] {
  if (!file.tree) return [];
  const body = file.tree.rootNode.namedChildren.find((child) => child?.type === 'body');
  if (!body) return [];
  const resources: IacResource[] = [];
  for (const block of body.namedChildren) {
    if (block?.type !== 'block' || block.namedChildren[0]?.text !== 'resource') continue;
    const labels = block.namedChildren.filter((child) => child?.type === 'string_lit').map((label) => stringContent(label!));
    if (labels.length !== 2) continue;
    resources.push(toResource(file, block, labels[0], labels[1]));
  }
  return resources;
}

function toResource(file: ParsedFile, block: Node, type: string, name: string): IacResource {
  const blockStart = block.namedChildren.find((child) => child?.type === 'block_start')!;
  const blockEnd = block.namedChildren.find((child) => child?.type === 'block_end');
  const bodyNode = block.namedChildren.find((child) => child?.type === 'body');
  const range = rangeOf(file, block);
  const body = bodyNode ? toObject(file, bodyNode) : { kind: 'object' as const, entries: [], range };
  const indent = /^\s*/.exec(file.lineText(range.start.line))![0];
  const headerEnd = file.positionAt(blockStart.endIndex);

  /** Inserts a line as the first line of the block body (handles `{}` on one line). */
  const insertFirstLine = (line: string): TextEdit[] => {
    const eol = file.eol;
    if (blockEnd && file.positionAt(blockEnd.startIndex).line === headerEnd.line) {
      return [{ range: { start: headerEnd, end: file.positionAt(blockEnd.startIndex) }, newText: `${eol}${indent}  ${line}${eol}${indent}` }];
    }
    const at = { line: headerEnd.line + 1, character: 0 };
    return [{ range: { start: at, end: at }, newText: `${indent}  ${line}${eol}` }];
  };

  return {
    framework: 'terraform',
    type,
    address: `${type}.${name}`,
    range,
    headerRange: { start: range.start, end: headerEnd },
    body,
    skips: skipsIn(block),
    setAttribute(key, valueText) {
      const existing = body.entries.find((item) => item.key === key);
      if (existing) return [{ range: existing.value.range, newText: valueText }];
      return insertFirstLine(`${key} = ${valueText}`);
    },
    addSkip(checkId, reason) {
      return insertFirstLine(`# checkov:skip=${checkId}:${reason}`);
    },
  };
}

function skipsIn(block: Node): IacSkip[] {
  const skips: IacSkip[] = [];
  for (const comment of block.descendantsOfType('comment')) {
    if (!comment) continue;
    for (const match of comment.text.matchAll(CHECKOV_SKIP)) skips.push({ checkId: match[1], reason: match[2]?.trim() || undefined });
  }
  return skips;
}

function rangeOf(file: ParsedFile, node: Node): Range {
  return file.rangeOf(node.startIndex, node.endIndex);
}

function stringContent(node: Node): string {
  return node.namedChildren
    .filter((child) => child?.type === 'template_literal')
    .map((child) => child!.text)
    .join('');
}

function toObject(file: ParsedFile, body: Node): IacObject {
  const entries: IacEntry[] = [];
  for (const child of body.namedChildren) {
    if (!child) continue;
    const key = child.namedChildren[0];
    if (!key || key.type !== 'identifier') continue;
    if (child.type === 'attribute') {
      const expression = child.namedChildren[1];
      if (!expression) continue;
      entries.push({ key: key.text, keyRange: rangeOf(file, key), value: toValue(file, expression), range: rangeOf(file, child) });
    } else if (child.type === 'block') {
      const inner = child.namedChildren.find((node) => node?.type === 'body');
      const value: IacObject = inner ? toObject(file, inner) : { kind: 'object', entries: [], range: rangeOf(file, child) };
      entries.push({ key: key.text, keyRange: rangeOf(file, key), value: { ...value, range: rangeOf(file, child) }, range: rangeOf(file, child) });
    }
  }
  return { kind: 'object', entries, range: rangeOf(file, body) };
}

function toValue(file: ParsedFile, node: Node): IacValue {
  const range = rangeOf(file, node);
  switch (node.type) {
    case 'expression':
    case 'literal_value':
    case 'collection_value':
      return node.namedChildCount === 1 ? toValue(file, node.namedChildren[0]!) : { kind: 'expression', text: node.text, range };
    case 'bool_lit':
      return { kind: 'scalar', value: node.text === 'true', range };
    case 'numeric_lit':
      return { kind: 'scalar', value: Number(node.text), range };
    case 'null_lit':
      return { kind: 'scalar', value: null, range };
    case 'string_lit':
      return { kind: 'scalar', value: stringContent(node), range };
    case 'template_expr': {
      const quoted = node.namedChildren[0];
      if (quoted?.type === 'quoted_template' && quoted.namedChildren.every((child) => child?.type === 'template_literal' || child?.type.startsWith('quoted_template'))) {
        return { kind: 'scalar', value: stringContent(quoted), range };
      }
      return { kind: 'expression', text: node.text, range };
    }
    case 'tuple':
      return {
        kind: 'list',
        items: node.namedChildren.filter((child) => child?.type === 'expression').map((child) => toValue(file, child!)),
        range,
      };
    case 'object': {
      const entries: IacEntry[] = [];
      for (const element of node.namedChildren) {
        if (element?.type !== 'object_elem') continue;
        const [keyNode, valueNode] = element.namedChildren.filter((child) => child?.type === 'expression');
        if (!keyNode || !valueNode) continue;
        const keyValue = toValue(file, keyNode);
        const key = keyValue.kind === 'scalar' ? String(keyValue.value) : keyNode.text;
        entries.push({ key, keyRange: rangeOf(file, keyNode), value: toValue(file, valueNode), range: rangeOf(file, element) });
      }
      return { kind: 'object', entries, range };
    }
    case 'variable_expr':
      // A bare identifier as an object key (`{ Name = "x" }`) reads as its name.
      return node.parent?.parent?.type === 'object_elem' && node.parent.parent.namedChildren[0]?.equals(node.parent)
        ? { kind: 'scalar', value: node.text, range }
        : { kind: 'expression', text: node.text, range };
    default:
      return { kind: 'expression', text: node.text, range };
  }
}
