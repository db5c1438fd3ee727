/**
 * JavaScript / TypeScript object literals as options bags: `{ secure: false }`, `{ cookie: {…} }`.
 * Syntactic and file-local like the other helpers: an options object is followed through a
 * single-valued `const`, never through calls or spreads.
 */
import type { Node, SastContext } from '../../../server/src/engine/scanners/sast/rule';
import type { TextEdit } from '../../../server/src/engine/types';
import { replace } from './common';
import { jsLiteralText, jsResolve, jsUnwrap } from './javascript';

/** The key of a `pair` as a plain name (`secure`, `'secure'` and `"secure"` alike). */
export function jsPairKey(pair: Node): string | undefined {
  const key = pair.childForFieldName('key');
  if (!key) return undefined;
  if (key.type === 'property_identifier') return key.text;
  return jsLiteralText(key);
}

/** The object literal a value is, directly or through a single-valued `const`. */
export function jsObjectLiteral(node: Node | undefined): Node | undefined {
  if (!node) return undefined;
  let inner = jsUnwrap(node);
  if (inner.type === 'identifier') {
    const resolved = jsResolve(inner);
    if (!resolved) return undefined;
    inner = jsUnwrap(resolved.value);
  }
  return inner.type === 'object' ? inner : undefined;
}

/** The last `pair` of an object literal with that key (the one that wins at run time). */
export function jsProperty(object: Node, name: string): Node | undefined {
  let found: Node | undefined;
  for (const child of object.namedChildren) if (child?.type === 'pair' && jsPairKey(child) === name) found = child;
  return found;
}

/** True when the object spreads another object in (`{ ...defaults }`): its keys are then unknown. */
export function jsHasSpread(object: Node): boolean {
  return object.namedChildren.some((child) => child?.type === 'spread_element');
}

/** The literal boolean a property holds: true, false, or undefined when it is something else. */
export function jsBooleanValue(pair: Node | undefined): boolean | undefined {
  const value = pair?.childForFieldName('value');
  if (!value) return undefined;
  const inner = jsUnwrap(value);
  return inner.type === 'true' ? true : inner.type === 'false' ? false : undefined;
}

/** An edit that adds `properties` (already written as `key: value`) to an object literal. */
export function jsAddProperties(context: SastContext, object: Node, properties: string[]): TextEdit {
  const members = object.namedChildren.filter((child): child is Node => !!child && child.type !== 'comment');
  const last = members.at(-1);
  if (!last) return replace(context, object, `{ ${properties.join(', ')} }`);
  const at = context.file.rangeOf(last.endIndex, last.endIndex);
  return { range: at, newText: `, ${properties.join(', ')}` };
}
