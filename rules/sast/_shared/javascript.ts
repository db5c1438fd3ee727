/**
 * JavaScript / TypeScript helpers for SAST rules: what counts as a literal, the single value a
 * `const` holds, the names a module is imported under, and one shared pass over the calls.
 */
import { lineRef, type Node, type SastContext } from '../../../server/src/engine/scanners/sast/rule';
import { keepFacts } from '../../../server/src/engine/scanners/sast/node-facts';
import { excerpt, occurrencesOf, same, type Resolved } from './common';

/** Node types that spell a variable name (uses, declarations and destructuring). */
const JS_NAMES: ReadonlySet<string> = new Set(['identifier', 'shorthand_property_identifier_pattern']);
const JS_WRAPPERS = new Set(['parenthesized_expression', 'as_expression', 'non_null_expression', 'satisfies_expression', 'type_assertion']);
const JS_SCOPES = new Set([
  'program',
  'function_declaration',
  'function_expression',
  'function',
  'arrow_function',
  'method_definition',
  'generator_function_declaration',
  'generator_function',
  // TypeScript signatures: their parameter names bind nothing in the surrounding code.
  'method_signature',
  'function_signature',
  'abstract_method_signature',
  'call_signature',
  'construct_signature',
  'function_type',
  'constructor_type',
]);

/** Strips parentheses and TypeScript-only wrappers (`x as T`, `x!`, `<T>x`, `x satisfies T`). */
export function jsUnwrap(node: Node): Node {
  let current = node;
  while (JS_WRAPPERS.has(current.type)) {
    const inner = current.type === 'type_assertion' ? current.namedChildren.at(-1) : current.namedChild(0);
    if (!inner) break;
    current = inner;
  }
  return current;
}

function jsScopeOf(node: Node): Node | null {
  for (let current = node.parent; current; current = current.parent) if (JS_SCOPES.has(current.type)) return current;
  return null;
}

/**
 * How an identifier occurrence binds its name: a declaration with its initialiser, a reassignment
 * (which may sit in a closure), or another binder (parameter, destructuring, import, loop…).
 */
type JsBinding = { kind: 'declaration'; value: Node | null } | { kind: 'assignment' } | { kind: 'binder' };

function jsBindingAt(identifier: Node): JsBinding | undefined {
  const parent = identifier.parent;
  if (!parent) return undefined;
  const is = (field: string) => same(parent.childForFieldName(field), identifier);
  switch (parent.type) {
    case 'variable_declarator':
      return is('name') ? { kind: 'declaration', value: parent.childForFieldName('value') } : undefined;
    case 'assignment_expression':
    case 'augmented_assignment_expression':
      return is('left') ? { kind: 'assignment' } : undefined;
    case 'update_expression':
      return { kind: 'assignment' };
    case 'for_in_statement':
      return is('left') ? (parent.childForFieldName('kind') ? { kind: 'binder' } : { kind: 'assignment' }) : undefined;
    case 'assignment_pattern':
      return is('left') ? { kind: 'binder' } : undefined;
    case 'object_pattern':
    case 'array_pattern':
    case 'rest_pattern':
    case 'formal_parameters':
    case 'catch_clause':
    case 'import_specifier':
    case 'import_clause':
    case 'namespace_import':
    case 'import_require_clause':
      return { kind: 'binder' };
    case 'pair_pattern':
      return is('value') ? { kind: 'binder' } : undefined;
    case 'required_parameter':
    case 'optional_parameter':
      return is('pattern') ? { kind: 'binder' } : undefined;
    case 'arrow_function':
      return is('parameter') ? { kind: 'binder' } : undefined;
    case 'function_declaration':
    case 'class_declaration':
    case 'generator_function_declaration':
      return is('name') ? { kind: 'binder' } : undefined;
    default:
      return undefined;
  }
}

/**
 * The one value an identifier can hold, when the file shows it: a single declaration with an
 * initialiser in the nearest scope that binds the name, and no assignment to it anywhere in that
 * scope (closures included). Parameters, destructuring, loops and reassigned variables resolve
 * to nothing.
 */
export function jsResolve(identifier: Node): Resolved | undefined {
  if (identifier.type !== 'identifier') return undefined;
  const name = identifier.text;
  for (let scope = jsScopeOf(identifier); scope; scope = jsScopeOf(scope)) {
    const bindings: JsBinding[] = [];
    for (const candidate of occurrencesOf(scope, JS_NAMES, name)) {
      if (!candidate) continue;
      const binding = jsBindingAt(candidate);
      if (!binding) continue;
      // A declaration or parameter of a nested function shadows the name there; an assignment may reach out.
      if (binding.kind !== 'assignment' && !same(jsScopeOf(candidate), scope)) continue;
      bindings.push(binding);
    }
    if (!bindings.some((binding) => binding.kind !== 'assignment')) {
      if (bindings.length > 0) return undefined; // assigned here, declared further out: not single-valued
      continue;
    }
    const [only] = bindings;
    if (bindings.length === 1 && only.kind === 'declaration' && only.value) return { name, value: only.value };
    return undefined;
  }
  return undefined;
}

/**
 * True when a function scope between the identifier and the top level declares the name (a
 * parameter, a local variable…), so it does not refer to a top-level import of that name.
 */
export function jsIsShadowed(identifier: Node): boolean {
  const name = identifier.text;
  for (let scope = jsScopeOf(identifier); scope && scope.type !== 'program'; scope = jsScopeOf(scope)) {
    for (const candidate of occurrencesOf(scope, JS_NAMES, name)) {
      if (!same(jsScopeOf(candidate), scope)) continue;
      const binding = jsBindingAt(candidate);
      if (binding && binding.kind !== 'assignment') return true;
    }
  }
  return false;
}

/** The text of a string literal or a template literal without substitutions (escapes left as written). */
export function jsLiteralText(node: Node): string | undefined {
  const inner = jsUnwrap(node);
  if (inner.type === 'string') return inner.text.slice(1, -1);
  if (inner.type === 'template_string' && !inner.namedChildren.some((child) => child?.type === 'template_substitution')) return inner.text.slice(1, -1);
  return undefined;
}

const JS_CONSTANTS = new Set(['string', 'number', 'true', 'false', 'null', 'undefined', 'regex']);
/** Work limit for walking one expression (beyond it the value counts as not constant). */
const MAX_STEPS = 5000;

/** A value fixed when the code was written: literals, and `+` / `?:` over literals (following single-valued `const`s). */
export function jsIsConstant(node: Node, depth = 0): boolean {
  // An explicit work list, not recursion: generated code can hold `+` chains thousands deep.
  const pending: Node[] = [node];
  for (let steps = 0; pending.length > 0; steps++) {
    if (steps > MAX_STEPS) return false;
    const inner = jsUnwrap(pending.pop()!);
    if (JS_CONSTANTS.has(inner.type)) continue;
    switch (inner.type) {
      case 'template_string':
        for (const child of inner.namedChildren) if (child?.type === 'template_substitution') pending.push(child.namedChild(0) ?? child);
        continue;
      case 'binary_expression': {
        const left = inner.childForFieldName('left');
        const right = inner.childForFieldName('right');
        if (inner.childForFieldName('operator')?.text !== '+' || !left || !right) return false;
        pending.push(left, right);
        continue;
      }
      case 'array':
        for (const child of inner.namedChildren) if (child && child.type !== 'comment') pending.push(child);
        continue;
      case 'ternary_expression': {
        const consequence = inner.childForFieldName('consequence');
        const alternative = inner.childForFieldName('alternative');
        if (!consequence || !alternative) return false;
        pending.push(consequence, alternative);
        continue;
      }
      case 'identifier': {
        if (depth > 4) return false;
        const resolved = jsResolve(inner);
        if (!resolved || !jsIsConstant(resolved.value, depth + 1)) return false;
        continue;
      }
      default:
        return false;
    }
  }
  return true;
}

/** How a non-literal value was written, for messages: "a template literal", "string concatenation", … */
export function jsDescribe(node: Node): string {
  const inner = jsUnwrap(node);
  switch (inner.type) {
    case 'template_string':
      return 'a template literal';
    case 'binary_expression':
      return 'string concatenation';
    case 'identifier': {
      const resolved = jsResolve(inner);
      return resolved ? `${jsDescribe(resolved.value)} (\`${inner.text}\`, ${lineRef(resolved.value)})` : `the variable \`${inner.text}\``;
    }
    case 'member_expression':
    case 'subscript_expression':
      return `\`${excerpt(inner)}\``;
    case 'call_expression':
      return `the result of \`${excerpt(inner.childForFieldName('function') ?? inner)}()\``;
    default:
      return 'a non-literal expression';
  }
}

/** Names a module is bound to in a file: whole-module names and imported members (local name → member). */
export interface JsModuleBindings {
  namespaces: Set<string>;
  members: Map<string, string>;
}

const JS_REQUIRE = (source: string) =>
  `(call_expression function: (identifier) @require arguments: (arguments . (string (string_fragment) ${source})))`;
const JS_IMPORTS_QUERY = `
  (import_statement (import_clause (identifier) @namespace) source: (string (string_fragment) @source))
  (import_statement (import_clause (namespace_import (identifier) @namespace)) source: (string (string_fragment) @source))
  (import_statement (import_clause (named_imports (import_specifier name: (identifier) @member alias: (identifier)? @local))) source: (string (string_fragment) @source))
  ((variable_declarator name: (_) @binding value: ${JS_REQUIRE('@source')}) (#eq? @require "require"))
  ((variable_declarator name: (identifier) @local value: (member_expression object: ${JS_REQUIRE('@source')} property: (property_identifier) @member)) (#eq? @require "require"))
  (variable_declarator name: (object_pattern) @binding value: (identifier) @from)`;
const TS_IMPORTS_QUERY = `${JS_IMPORTS_QUERY}
  (import_statement (import_require_clause (identifier) @namespace source: (string (string_fragment) @source)))`;
const CALLS_QUERY = `
  (call_expression function: [(identifier) (member_expression)] @callee) @call
  (new_expression constructor: [(identifier) (member_expression)] @callee) @call`;
/** One query per file for everything the JS rules share (calls and imports), so one walk over the tree. */
const JS_FILE_QUERY = CALLS_QUERY + JS_IMPORTS_QUERY;
const TS_FILE_QUERY = CALLS_QUERY + TS_IMPORTS_QUERY;

interface JsFileModel {
  calls: JsCall[];
  modules: Map<string, JsModuleBindings>;
}

function normaliseModule(source: string): string {
  return source.replace(/^node:/, '');
}

function addPattern(pattern: Node, into: JsModuleBindings): void {
  for (const property of pattern.namedChildren) {
    if (!property) continue;
    if (property.type === 'shorthand_property_identifier_pattern') into.members.set(property.text, property.text);
    if (property.type === 'pair_pattern') {
      const key = property.childForFieldName('key');
      let value = property.childForFieldName('value');
      if (value?.type === 'assignment_pattern') value = value.childForFieldName('left');
      if (key && value?.type === 'identifier') into.members.set(value.text, key.text.replace(/^['"]|['"]$/g, ''));
    }
  }
}

function jsModel(context: SastContext): JsFileModel {
  return context.file.model('sast:js-file', () => {
    const model: JsFileModel = { calls: [], modules: new Map() };
    const of = (source: string) => {
      const key = normaliseModule(source);
      let bindings = model.modules.get(key);
      if (!bindings) model.modules.set(key, (bindings = { namespaces: new Set(), members: new Map() }));
      return bindings;
    };
    const aliases: Array<{ pattern: Node; from: string }> = [];
    for (const match of context.matches(context.language === 'javascript' ? JS_FILE_QUERY : TS_FILE_QUERY)) {
      const call = match.get('call');
      if (call) {
        model.calls.push(jsCall(call, match.get('callee')!));
        continue;
      }
      const source = match.get('source')?.text;
      const from = match.get('from');
      const binding = match.get('binding');
      if (from && binding) {
        aliases.push({ pattern: binding, from: from.text });
        continue;
      }
      if (source === undefined) continue;
      const namespace = match.get('namespace');
      const member = match.get('member');
      if (namespace) of(source).namespaces.add(namespace.text);
      else if (member) of(source).members.set((match.get('local') ?? member).text, member.text);
      else if (binding?.type === 'identifier') of(source).namespaces.add(binding.text);
      else if (binding?.type === 'object_pattern') addPattern(binding, of(source));
    }
    // `const { exec } = cp` where `cp` names a module.
    for (const { pattern, from } of aliases) {
      for (const bindings of model.modules.values()) if (bindings.namespaces.has(from)) addPattern(pattern, bindings);
    }
    return model;
  });
}

export function jsModuleBindings(context: SastContext, modules: readonly string[]): JsModuleBindings {
  const result: JsModuleBindings = { namespaces: new Set(), members: new Map() };
  const all = jsModel(context).modules;
  for (const module of modules) {
    const bindings = all.get(normaliseModule(module));
    if (!bindings) continue;
    for (const name of bindings.namespaces) result.namespaces.add(name);
    for (const [local, member] of bindings.members) result.members.set(local, member);
  }
  return result;
}

/** One call or `new` expression in a JS/TS file whose callee is a name or a member access. */
export interface JsCall {
  call: Node;
  callee: Node;
  /** The arguments without comments (empty for a tagged template). Computed on first use. */
  readonly arguments: Node[];
}

/**
 * Every call and `new` with a named callee: found by one query per file (with the imports)
 * and shared by the rules. Filter on `callee.text` (a cheap string) before asking for `arguments`.
 */
export function jsCalls(context: SastContext): JsCall[] {
  return jsModel(context).calls;
}

function jsCall(call: Node, callee: Node): JsCall {
  // Every rule reads the call's type and the callee's type and text (see node-facts.ts).
  keepFacts(call, ['type']);
  keepFacts(callee, ['type', 'text']);
  let args: Node[] | undefined;
  return {
    call,
    callee,
    get arguments() {
      if (!args) {
        const list = call.childForFieldName('arguments');
        args = list?.type === 'arguments' ? list.namedChildren.filter((child): child is Node => !!child && child.type !== 'comment') : [];
      }
      return args;
    },
  };
}

/** The property a member-access callee names (`a.b.query` → `query`), or the identifier's name. */
export function jsCalleeName(callee: Node): string {
  const text = callee.text;
  return text.slice(text.lastIndexOf('.') + 1).trim();
}

/** True for `require('<module>')` (any of the modules). */
function jsIsRequireOf(node: Node, modules: readonly string[]): boolean {
  const inner = jsUnwrap(node);
  if (inner.type !== 'call_expression' || inner.childForFieldName('function')?.text !== 'require') return false;
  const first = inner.childForFieldName('arguments')?.namedChild(0);
  const text = first ? jsLiteralText(first) : undefined;
  return text !== undefined && modules.map(normaliseModule).includes(normaliseModule(text));
}

/**
 * Which member of the modules a callee names — `cp.exec`, `exec` imported from the module,
 * `require('child_process').exec` — or undefined when it is something else.
 */
export function jsModuleMember(callee: Node, modules: readonly string[], bindings: JsModuleBindings): string | undefined {
  const inner = jsUnwrap(callee);
  if (inner.type === 'identifier') return bindings.members.has(inner.text) && !jsIsShadowed(inner) ? bindings.members.get(inner.text) : undefined;
  if (inner.type !== 'member_expression') return undefined;
  const object = jsUnwrap(inner.childForFieldName('object') ?? inner);
  const property = inner.childForFieldName('property')?.text;
  if (!property) return undefined;
  if (object.type === 'identifier' && bindings.namespaces.has(object.text) && !jsIsShadowed(object)) return property;
  if (jsIsRequireOf(object, modules)) return property;
  return undefined;
}
