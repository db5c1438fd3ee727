/**
 * Python configuration values: Django settings modules (`DEBUG = True` at module level), Flask
 * config (`app.config['DEBUG'] = True`, `app.config.update(DEBUG=True)`, config classes), and
 * adding an import for a fix. Development and test code is recognised in dev-paths.ts.
 */
import type { Node, SastContext } from '../../../server/src/engine/scanners/sast/rule';
import type { TextEdit } from '../../../server/src/engine/types';
import { pyUnwrap } from './python';

/** One place a configuration name gets a value. */
export interface PyConfigValue {
  name: string;
  value: Node;
  /** The statement or argument to report. */
  node: Node;
  /** `module` (a settings module), `class` (a config class attribute), `config` (app.config[...] / update()). */
  kind: 'module' | 'class' | 'config';
  /** The enclosing class's name, for `class`. */
  className?: string;
}

const CONFIG_QUERY = `
  (expression_statement (assignment left: (identifier) @name right: (_) @value) @node)
  (assignment left: (subscript value: (attribute attribute: (identifier) @config) subscript: (string) @key) right: (_) @value) @node
  (call function: (attribute object: (attribute attribute: (identifier) @config) attribute: (identifier) @update)
        arguments: (argument_list (keyword_argument name: (identifier) @name value: (_) @value) @node))`;

/** Every value given to one of `names` at module or class level, or through `<x>.config`. */
export function pyConfigValues(context: SastContext, names: ReadonlySet<string>): PyConfigValue[] {
  const values: PyConfigValue[] = [];
  for (const match of context.matches(CONFIG_QUERY)) {
    const value = match.get('value')!;
    const node = match.get('node')!;
    const config = match.get('config');
    if (config) {
      if (config.text !== 'config') continue;
      const update = match.get('update');
      if (update && update.text !== 'update') continue;
      const key = match.get('key');
      const name = key ? key.text.replace(/^[rRbBuU]*['"]|['"]$/g, '') : match.get('name')?.text;
      if (name && names.has(name)) values.push({ name, value, node, kind: 'config' });
      continue;
    }
    const name = match.get('name')!.text;
    if (!names.has(name)) continue;
    const statement = node.parent;
    const holder = statement?.parent;
    if (holder?.type === 'module') values.push({ name, value, node: statement!, kind: 'module' });
    else if (holder?.type === 'block' && holder.parent?.type === 'class_definition') {
      values.push({ name, value, node: statement!, kind: 'class', className: holder.parent.childForFieldName('name')?.text });
    }
  }
  return values;
}

/** True for the Python literal `True` / `False`. */
export function pyIsBoolean(node: Node, value: boolean): boolean {
  return pyUnwrap(node).type === (value ? 'true' : 'false');
}

/**
 * An edit that inserts `import <module>` before the file's first top-level import (or at the
 * top), unless the module is already imported by name.
 */
export function pyEnsureImport(context: SastContext, imports: Map<string, string>, module: string): TextEdit | undefined {
  if (imports.get(module) === module) return undefined;
  // After `from __future__ import …`, which must stay first.
  const first = context.root.namedChildren.find(
    (child) => (child?.type === 'import_statement' || child?.type === 'import_from_statement') && !/^from\s+__future__\b/.test(child.text),
  );
  const at = first ? first.startIndex : 0;
  const newline = context.file.text.includes('\r\n') ? '\r\n' : '\n';
  return { range: context.file.rangeOf(at, at), newText: `import ${module}${newline}` };
}
