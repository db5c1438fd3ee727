import type { Node, SastContext, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP, replace } from '../_shared/common';
import { jsCalleeName, jsCalls, jsIsShadowed, jsLiteralText, jsModuleBindings, jsModuleMember, jsUnwrap, type JsModuleBindings } from '../_shared/javascript';
import type { TextEdit } from '../../../server/src/engine/types';
import { jsPairKey } from '../_shared/js-objects';
import { isSecurityName, nameWords } from '../_shared/security-names';

/** Where the search for a name stops: the value is used by a statement, not named. */
const STATEMENTS = /(_statement|_declaration|^program$|^statement_block$|^class_body$)/;
const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'function', 'arrow_function', 'method_definition', 'generator_function_declaration']);

/** A function's name as the destination of its return value: `generateToken()`. */
function called(name: string | undefined): string | undefined {
  return name && `${name}()`;
}

function functionName(fn: Node): string | undefined {
  const own = fn.childForFieldName('name')?.text;
  if (own) return own;
  const holder = fn.parent;
  if (holder?.type === 'variable_declarator') return holder.childForFieldName('name')?.text;
  if (holder?.type === 'pair') return jsPairKey(holder);
  if (holder?.type === 'assignment_expression') return lastName(holder.childForFieldName('left'));
  return undefined;
}

function lastName(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const inner = jsUnwrap(node);
  if (inner.type === 'identifier') return inner.text;
  if (inner.type === 'member_expression') return inner.childForFieldName('property')?.text;
  if (inner.type === 'subscript_expression') return inner.childForFieldName('index')?.text.replace(/^['"`]|['"`]$/g, '');
  return undefined;
}

/**
 * The name the random value ends up under: the variable, property or attribute it is stored in,
 * or the function that returns it (`generateToken()` for `function generateToken() { return … }`).
 */
function destinationName(value: Node): string | undefined {
  let current = value;
  for (let depth = 0; depth < 16 && current.parent; depth++) {
    const parent = current.parent;
    switch (parent.type) {
      case 'variable_declarator':
        return parent.childForFieldName('value')?.startIndex === current.startIndex ? parent.childForFieldName('name')?.text : undefined;
      case 'assignment_expression':
      case 'augmented_assignment_expression':
        return parent.childForFieldName('right')?.startIndex === current.startIndex ? lastName(parent.childForFieldName('left')) : undefined;
      case 'pair':
        return jsPairKey(parent);
      case 'jsx_attribute':
        return parent.namedChild(0)?.text;
      case 'return_statement': {
        for (let scope = parent.parent; scope; scope = scope.parent) if (FUNCTIONS.has(scope.type)) return called(functionName(scope));
        return undefined;
      }
      case 'arrow_function':
        return parent.childForFieldName('body')?.startIndex === current.startIndex ? called(functionName(parent)) : undefined;
      default:
        if (STATEMENTS.test(parent.type)) return undefined;
        current = parent;
    }
  }
  return undefined;
}

/** A security name, or a one-time code (`oneTimeCode`, `one_time_password`), which the shared word list leaves out. */
function isSecretName(name: string): boolean {
  if (isSecurityName(name)) return true;
  const words = nameWords(name);
  return words.some((word, index) => word === 'one' && words[index + 1] === 'time');
}

/**
 * The function that returns a local variable: `function newSessionId() { let id = …; return id; }`
 * makes `id` the session id. Only the nearest function, and only a `return` that mentions the name.
 */
function returnedBy(value: Node, variable: string): string | undefined {
  let fn: Node | null = value.parent;
  while (fn && !FUNCTIONS.has(fn.type)) fn = fn.parent;
  if (!fn) return undefined;
  const returns = fn.descendantsOfType('return_statement').filter((statement): statement is Node => {
    if (!statement) return false;
    let owner: Node | null = statement.parent;
    while (owner && !FUNCTIONS.has(owner.type)) owner = owner.parent;
    return owner?.startIndex === fn!.startIndex;
  });
  const mentions = (statement: Node) => statement.descendantsOfType('identifier').some((identifier) => identifier?.text === variable);
  return returns.some(mentions) ? called(functionName(fn)) : undefined;
}

/** Something in the file binds the name `crypto` (so the global may not be the one a fix would call). */
const BINDS_CRYPTO = /\b(?:const|let|var|function|class|import|as)\s+crypto\b|[{,]\s*crypto\s*[,}]/;
/** The file already uses the name `randomInt` (so a fix must not import it). */
const NAMES_RANDOM_INT = /\brandomInt\b/;

/** The name under which the file's code can reach Node's crypto module (or WebCrypto's global). */
function cryptoNamespace(context: SastContext): string | undefined {
  const [bound] = jsModuleBindings(context, ['crypto']).namespaces;
  if (bound) return bound;
  // The global `crypto` (Node 19+, browsers) — unless the file binds that name to something else.
  return BINDS_CRYPTO.test(context.file.text) ? undefined : 'crypto';
}

/** Node's built-in modules an ES module may import: such a file runs on Node, where `node:crypto` exists. */
const NODE_BUILTINS = /^(node:.*|fs|fs\/promises|path|http|https|http2|os|child_process|crypto|net|tls|url|util|stream|zlib|events|worker_threads|cluster|dns|readline)$/;

/**
 * How to call Node's `randomInt` from this file: through its crypto namespace, a `randomInt`
 * already imported from it, or — in an ES module that already imports a Node built-in, so it
 * runs on Node — a new `import { randomInt } from 'node:crypto'`. Undefined when none is safe
 * (a browser file, CommonJS without a crypto binding, or a `randomInt` name taken by
 * something else).
 */
function randomIntAccess(context: SastContext, crypto: JsModuleBindings): { call: string; importEdit?: TextEdit } | undefined {
  const [namespace] = crypto.namespaces;
  if (namespace) return { call: `${namespace}.randomInt` };
  const imported = [...crypto.members].find(([, member]) => member === 'randomInt');
  if (imported) return { call: imported[0] };
  if (context.language === 'tsx' || NAMES_RANDOM_INT.test(context.file.text)) return undefined;
  const imports = context.root.namedChildren.filter((child): child is Node => child?.type === 'import_statement');
  const runsOnNode = imports.some((statement) => NODE_BUILTINS.test(jsLiteralText(statement.childForFieldName('source') ?? statement) ?? ''));
  if (!runsOnNode) return undefined;
  const at = imports[0].startIndex;
  const newline = context.file.text.includes('\r\n') ? '\r\n' : '\n';
  return { call: 'randomInt', importEdit: { range: context.file.rangeOf(at, at), newText: `import { randomInt } from 'node:crypto';${newline}` } };
}

function isCall(node: Node | null | undefined, name: RegExp): node is Node {
  return node?.type === 'call_expression' && name.test(node.childForFieldName('function')?.text ?? '');
}

/** `Math.random().toString(36)` (optionally `.slice(…)` / `.substring(…)` / `.substr(…)`): a random string. */
function randomStringExpression(random: Node): Node | undefined {
  const toString = random.parent?.type === 'member_expression' ? random.parent.parent : null;
  if (!isCall(toString, /\.toString$/)) return undefined;
  const cut = toString.parent?.type === 'member_expression' ? toString.parent.parent : null;
  return isCall(cut, /\.(slice|substring|substr)$/) ? cut : toString;
}

/** `Math.floor(Math.random() * N)` with N a literal or a name: a random integer below N. */
function randomIntegerExpression(random: Node): { node: Node; bound: Node } | undefined {
  const product = random.parent;
  if (product?.type !== 'binary_expression' || product.childForFieldName('operator')?.text !== '*') return undefined;
  const bound = product.childForFieldName('left')?.startIndex === random.startIndex ? product.childForFieldName('right') : product.childForFieldName('left');
  if (!bound || !['number', 'identifier', 'member_expression'].includes(jsUnwrap(bound).type)) return undefined;
  const floor = product.parent?.type === 'arguments' ? product.parent.parent : null;
  if (!isCall(floor, /^Math\.floor$/) || floor.childForFieldName('arguments')?.namedChildCount !== 1) return undefined;
  return { node: floor, bound };
}

const rule: SastRule = {
  id: 'js-insecure-randomness',
  scanner: 'sast',
  title: 'Predictable random value used as a token, password or secret',
  severity: 'medium',
  confidence: 'medium',
  cwe: [338],
  tags: [OWASP.A02, 'crypto', 'randomness'],
  description:
    '`Math.random()` (and the deprecated `crypto.pseudoRandomBytes`) are not cryptographically secure: their output can be predicted from a few samples, so tokens, passwords, ids and secrets made from them can be guessed. Use `crypto.randomUUID()`, `crypto.randomInt()` or `crypto.randomBytes()` (`crypto.getRandomValues()` in browsers).',
  languages: JS_LANGUAGES,
  // Which fix is safe depends on whether anything in the file binds `crypto` or names `randomInt`.
  fileWide: new RegExp(`${BINDS_CRYPTO.source}|${NAMES_RANDOM_INT.source}`),
  detect(context) {
    if (!/Math\s*\.\s*random|pseudoRandomBytes/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    const crypto = jsModuleBindings(context, ['crypto']);
    let namespace: string | undefined | null = null;
    for (const { call, callee } of jsCalls(context)) {
      if (call.type !== 'call_expression') continue;
      const text = callee.text.replace(/\s+/g, '');
      if (text === 'crypto.pseudoRandomBytes' || jsModuleMember(callee, ['crypto'], crypto) === 'pseudoRandomBytes') {
        hits.push({ node: call, message: 'crypto.pseudoRandomBytes() is not cryptographically secure (and deprecated); use crypto.randomBytes()' });
        continue;
      }
      if (text !== 'Math.random' || jsCalleeName(callee) !== 'random') continue;
      const math = jsUnwrap(callee).childForFieldName('object');
      if (math && jsIsShadowed(math)) continue;
      const stored = destinationName(call);
      // A plain local (`id`, `code`) takes the meaning of the function that returns it (`newSessionId()`).
      const name = stored && !isSecretName(stored.replace(/\(\)$/, '')) && !stored.endsWith('()') ? (returnedBy(call, stored) ?? stored) : stored;
      if (!name || !isSecretName(name.replace(/\(\)$/, ''))) continue;
      if (namespace === null) namespace = cryptoNamespace(context);
      const asString = randomStringExpression(call);
      const asInteger = asString ? undefined : randomIntegerExpression(call);
      let fix: SastHit['fix'];
      if (asString && namespace) {
        fix = { title: `Use ${namespace}.randomUUID()`, edits: [replace(context, asString, `${namespace}.randomUUID()`)] };
      } else if (asInteger) {
        const randomInt = randomIntAccess(context, crypto);
        if (randomInt) {
          fix = {
            title: `Use ${randomInt.call}()`,
            edits: [replace(context, asInteger.node, `${randomInt.call}(${asInteger.bound.text})`), ...(randomInt.importEdit ? [randomInt.importEdit] : [])],
          };
        }
      }
      hits.push({
        node: call,
        message: `Math.random() is predictable, so \`${name}\` can be guessed; use ${asInteger ? 'crypto.randomInt()' : 'crypto.randomUUID() or crypto.randomBytes()'}`,
        fix,
      });
    }
    return hits;
  },
};

export default rule;
