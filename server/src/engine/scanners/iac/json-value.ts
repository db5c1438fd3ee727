/**
 * A jsonc-parser tree as an IacValue with positions: JSON CloudFormation templates, and the JSON
 * policy documents inside Terraform strings and heredocs share it.
 */
import type { Node as JsonNode } from 'jsonc-parser';
import type { Position, Range } from '../../types';
import type { IacEntry, IacValue } from './model';

export interface JsonValueOptions {
  /** Maps an offset of the JSON text to a position in the file. */
  positionAt(offset: number): Position;
  /** The text of a scalar span that is really an expression (a Terraform interpolation), else undefined. */
  expressionAt?(from: number, to: number): string | undefined;
  /** Reads an object as something else (CloudFormation's long-form intrinsics such as `{"Ref": …}`). */
  object?(entries: IacEntry[], range: Range): IacValue | undefined;
}

export function jsonToIacValue(node: JsonNode, options: JsonValueOptions): IacValue {
  const rangeOf = (from: number, to: number): Range => ({ start: options.positionAt(from), end: options.positionAt(to) });
  const range = rangeOf(node.offset, node.offset + node.length);
  switch (node.type) {
    case 'object': {
      const entries: IacEntry[] = [];
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        entries.push({
          key: String(keyNode.value),
          keyRange: rangeOf(keyNode.offset, keyNode.offset + keyNode.length),
          value: jsonToIacValue(valueNode, options),
          range: rangeOf(property.offset, property.offset + property.length),
        });
      }
      return options.object?.(entries, range) ?? { kind: 'object', entries, range };
    }
    case 'array':
      return { kind: 'list', items: (node.children ?? []).map((child) => jsonToIacValue(child, options)), range };
    default: {
      const expression = options.expressionAt?.(node.offset, node.offset + node.length);
      if (expression !== undefined) return { kind: 'expression', text: expression, range };
      return { kind: 'scalar', value: (node.value as string | number | boolean | null | undefined) ?? null, range };
    }
  }
}
