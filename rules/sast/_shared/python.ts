/**
 * Python helpers for SAST rules: what counts as a literal, the single value a name is assigned,
 * dotted names resolved through imports, and one shared pass over the calls.
 */
import { lineRef, type Node, type SastContext } from '../../../server/src/engine/scanners/sast/rule';
import { keepFacts } from '../../../server/src/engine/scanners/sast/node-facts';
import { excerpt, occurrencesOf, same, type Resolved } from './common';

const PY_NAMES: ReadonlySet<string> = new Set(['identifier']);
const PY_SCOPES = new Set(['module', 'function_definition', 'lambda']);

function pyScopeOf(node: Node): Node | null {
  for (let current = node.parent; current; current = current.parent) if (PY_SCOPES.has(current.type)) return current;
  return null;
}

export function pyUnwrap(node: Node): Node {
  let current = node;
  while (current.type === 'parenthesized_expression' && current.namedChild(0)) current = current.namedChild(0)!;
  return current;
}

type PyBinding = { kind: 'assignment'; value: Node | null } | { kind: 'other' };

function pyBindingAt(identifier: Node): PyBinding | undefined {
  const parent = identifier.parent;
  if (!parent) return undefined;
  const is = (field: string) => same(parent.childForFieldName(field), identifier);
  switch (parent.type) {
    case 'assignment': {
      if (!is('left')) return undefined;
      let value = parent.childForFieldName('right');
      while (value?.type === 'assignment') value = value.childForFieldName('right');
      return { kind: 'assignment', value };
    }
    case 'augmented_assignment':
    case 'for_statement':
    case 'for_in_clause':
      return is('left') ? { kind: 'other' } : undefined;
    case 'named_expression':
    case 'function_definition':
    case 'class_definition':
    case 'default_parameter':
    case 'typed_default_parameter':
      return is('name') ? { kind: 'other' } : undefined;
    case 'aliased_import':
      return is('alias') ? { kind: 'other' } : undefined;
    case 'typed_parameter':
      return same(parent.namedChild(0), identifier) ? { kind: 'other' } : undefined;
    case 'pattern_list':
    case 'tuple_pattern':
    case 'list_pattern':
    case 'list_splat_pattern':
    case 'dictionary_splat_pattern':
    case 'as_pattern_target':
    case 'global_statement':
    case 'nonlocal_statement':
    case 'parameters':
    case 'lambda_parameters':
      return { kind: 'other' };
    case 'dotted_name':
      return parent.parent && /import/.test(parent.parent.type + (parent.parent.parent?.type ?? '')) ? { kind: 'other' } : undefined;
    default:
      return undefined;
  }
}

/** Like jsResolve for Python: one plain assignment in the nearest scope binding the name, before the use. */
export function pyResolve(identifier: Node): Resolved | undefined {
  if (identifier.type !== 'identifier') return undefined;
  const name = identifier.text;
  for (let scope = pyScopeOf(identifier); scope; scope = pyScopeOf(scope)) {
    const bindings: PyBinding[] = [];
    for (const candidate of occurrencesOf(scope, PY_NAMES, name)) {
      if (!same(pyScopeOf(candidate), scope)) continue;
      const binding = pyBindingAt(candidate);
      if (binding) bindings.push(binding);
    }
    if (bindings.length === 0) continue;
    const [only] = bindings;
    if (bindings.length === 1 && only.kind === 'assignment' && only.value && only.value.startIndex < identifier.startIndex) {
      return { name, value: only.value };
    }
    return undefined;
  }
  return undefined;
}

/** The literal text of a string up to its first interpolation (escapes left as written). */
export function pyLeadingText(node: Node): string | undefined {
  const inner = pyUnwrap(node);
  if (inner.type === 'concatenated_string') return inner.namedChild(0) ? pyLeadingText(inner.namedChild(0)!) : undefined;
  if (inner.type !== 'string') return undefined;
  let text = '';
  for (const child of inner.namedChildren) {
    if (!child || child.type === 'string_start' || child.type === 'string_end') continue;
    if (child.type === 'interpolation') break;
    text += child.text;
  }
  return text;
}

const PY_CONSTANTS = new Set(['integer', 'float', 'true', 'false', 'none']);
/** Work limit for walking one expression (beyond it the value counts as not constant). */
const MAX_STEPS = 5000;

/** A value fixed when the code was written: literals (no f-string fields) and operators over them. */
export function pyIsConstant(node: Node, depth = 0): boolean {
  // An explicit work list, not recursion: generated code can hold operator chains thousands deep.
  const pending: Node[] = [node];
  for (let steps = 0; pending.length > 0; steps++) {
    if (steps > MAX_STEPS) return false;
    const inner = pyUnwrap(pending.pop()!);
    if (PY_CONSTANTS.has(inner.type)) continue;
    switch (inner.type) {
      case 'string':
        for (const child of inner.namedChildren) if (child?.type === 'interpolation') pending.push(child.childForFieldName('expression') ?? child);
        continue;
      case 'concatenated_string':
      case 'tuple':
      case 'list':
        for (const child of inner.namedChildren) if (child && child.type !== 'comment') pending.push(child);
        continue;
      case 'binary_operator': {
        const left = inner.childForFieldName('left');
        const right = inner.childForFieldName('right');
        if (!left || !right) return false;
        pending.push(left, right);
        continue;
      }
      case 'conditional_expression': {
        const [consequence, , alternative] = inner.namedChildren;
        if (!consequence || !alternative) return false;
        pending.push(consequence, alternative);
        continue;
      }
      case 'identifier': {
        if (depth > 4) return false;
        const resolved = pyResolve(inner);
        if (!resolved || !pyIsConstant(resolved.value, depth + 1)) return false;
        continue;
      }
      default:
        return false;
    }
  }
  return true;
}

/** How a non-literal value was written, for messages. */
export function pyDescribe(node: Node): string {
  const inner = pyUnwrap(node);
  switch (inner.type) {
    case 'string':
    case 'concatenated_string':
      return 'an f-string';
    case 'binary_operator': {
      const operator = inner.childForFieldName('operator')?.text;
      return operator === '%' ? '%-formatting' : operator === '+' ? 'string concatenation' : 'an expression';
    }
    case 'call': {
      const fn = inner.childForFieldName('function');
      if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'format') return 'str.format()';
      return `the result of \`${excerpt(fn ?? inner)}()\``;
    }
    case 'identifier': {
      const resolved = pyResolve(inner);
      return resolved ? `${pyDescribe(resolved.value)} (\`${inner.text}\`, ${lineRef(resolved.value)})` : `the variable \`${inner.text}\``;
    }
    case 'attribute':
    case 'subscript':
      return `\`${excerpt(inner)}\``;
    default:
      return 'a non-literal expression';
  }
}

/**
 * One query per file for everything the Python rules share: calls with a named callee, and
 * imports (so both come from a single walk over the tree).
 */
const PY_FILE_QUERY = `
  (call function: [(identifier) (attribute)] @callee) @call
  (import_statement name: (dotted_name) @module)
  (import_statement name: (aliased_import name: (dotted_name) @module alias: (identifier) @alias))
  (import_from_statement module_name: (dotted_name) @from name: (dotted_name) @name)
  (import_from_statement module_name: (dotted_name) @from name: (aliased_import name: (dotted_name) @name alias: (identifier) @alias))`;

interface PyFileModel {
  calls: PyCall[];
  /** Local name → what it was imported as. */
  imports: Map<string, string>;
}

function pyModel(context: SastContext): PyFileModel {
  return context.file.model('sast:py-file', () => {
    const model: PyFileModel = { calls: [], imports: new Map() };
    for (const match of context.matches(PY_FILE_QUERY)) {
      const call = match.get('call');
      if (call) {
        model.calls.push(pyCall(context, call, match.get('callee')!));
        continue;
      }
      const module = match.get('module');
      const from = match.get('from');
      const name = match.get('name');
      const alias = match.get('alias');
      if (module) {
        if (alias) model.imports.set(alias.text, module.text);
        else model.imports.set(module.text.split('.')[0], module.text.split('.')[0]);
      } else if (from && name) {
        model.imports.set((alias ?? name).text, `${from.text}.${name.text}`);
      }
    }
    return model;
  });
}

/** Local name → what it was imported as (`sp` → `subprocess`, `md5` → `hashlib.md5`). */
export function pyImports(context: SastContext): Map<string, string> {
  return pyModel(context).imports;
}

/**
 * The dotted name a callee refers to, with its first part resolved through the file's imports:
 * `sp.run` → `subprocess.run` after `import subprocess as sp`; `eval` → `eval`.
 * Undefined for anything that is not a plain dotted name.
 */
export function pyQualifiedName(context: SastContext, node: Node): string | undefined {
  const parts: string[] = [];
  let current = pyUnwrap(node);
  while (current.type === 'attribute') {
    const attribute = current.childForFieldName('attribute');
    const object = current.childForFieldName('object');
    if (!attribute || !object) return undefined;
    parts.unshift(attribute.text);
    current = pyUnwrap(object);
  }
  if (current.type !== 'identifier') return undefined;
  parts.unshift(pyImports(context).get(current.text) ?? current.text);
  return parts.join('.');
}

/** One call in a Python file whose callee is a plain (dotted) name. */
export interface PyCall {
  call: Node;
  callee: Node;
  /** The argument list; undefined for a bare generator argument (`f(x for x in y)`). Computed on first use. */
  readonly arguments: Node | undefined;
  /** The dotted name the callee refers to (see pyQualifiedName). Computed on first use. */
  readonly name: string | undefined;
}

/**
 * Every call whose callee is a plain (dotted) name: found by one query per file (with the
 * imports) and shared by the rules that match calls by name. Filter on `callee.text` (a cheap
 * string) before asking for `name` or `arguments`.
 */
export function pyCalls(context: SastContext): PyCall[] {
  return pyModel(context).calls;
}

function pyCall(context: SastContext, call: Node, callee: Node): PyCall {
  // Every rule reads the callee's type and text (see node-facts.ts).
  keepFacts(callee, ['type', 'text']);
  let name: string | undefined | null = null;
  let args: Node | undefined | null = null;
  return {
    call,
    callee,
    get arguments() {
      if (args === null) {
        const node = call.childForFieldName('arguments');
        args = node?.type === 'argument_list' ? node : undefined;
      }
      return args;
    },
    get name() {
      if (name === null) name = pyQualifiedName(context, callee);
      return name;
    },
  };
}

/** The last part of a dotted callee as written (`os.path.join` → `join`). */
export function lastName(callee: Node): string {
  const text = callee.text;
  return text.slice(text.lastIndexOf('.') + 1).trim();
}

/**
 * The calls whose callee's last name (as written, or through an import alias) is one of
 * `lastNames`: `sp.run(…)` and `run(…)` for "run", `sh(…)` after `from os import system as sh`
 * for "system".
 */
export function pyCallsTo(context: SastContext, lastNames: ReadonlySet<string>): PyCall[] {
  const imports = pyImports(context);
  return pyCalls(context).filter(({ callee }) => {
    const last = lastName(callee);
    if (lastNames.has(last)) return true;
    const target = callee.type === 'identifier' ? imports.get(last) : undefined;
    return target !== undefined && lastNames.has(target.slice(target.lastIndexOf('.') + 1));
  });
}

/** A call's keyword argument by name. */
export function pyKeyword(argumentsNode: Node, name: string): Node | undefined {
  return (
    argumentsNode.namedChildren.find((argument) => argument?.type === 'keyword_argument' && argument.childForFieldName('name')?.text === name) ??
    undefined
  );
}

/** A call's n-th positional argument (0-based), skipping keyword arguments and splats. */
export function pyPositional(argumentsNode: Node, index: number): Node | undefined {
  const positional = argumentsNode.namedChildren.filter(
    (argument): argument is Node => !!argument && !['keyword_argument', 'list_splat', 'dictionary_splat', 'comment'].includes(argument.type),
  );
  return positional[index];
}

/** The n-th positional argument, or the keyword argument of that name. */
export function pyArgument(argumentsNode: Node, index: number, name: string): Node | undefined {
  return pyPositional(argumentsNode, index) ?? pyKeyword(argumentsNode, name)?.childForFieldName('value') ?? undefined;
}
