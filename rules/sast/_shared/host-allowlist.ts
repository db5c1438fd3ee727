/**
 * Host allow-list checks written on the parsed URL rather than on the variable itself:
 * `if (!ALLOWED.has(url.hostname)) return …` (JS) and `if urlparse(url).hostname not in ALLOWED:
 * abort(400)` (Python). The taint engine vouches for a variable only when the check names the
 * variable itself (`ALLOWED.has(x)`), so the SSRF rules ask here before reporting. Syntactic and
 * file-local like the other helpers: the check must sit in the same function, before the request.
 */
import type { Node } from '../../../server/src/engine/scanners/sast/rule';

const FUNCTIONS = new Set([
  'function_declaration', 'function_expression', 'function', 'arrow_function', 'method_definition', 'generator_function_declaration',
  'function_definition', 'lambda',
]);
const JS_EXITS = new Set(['return_statement', 'throw_statement']);
const PY_EXITS = new Set(['return_statement', 'raise_statement']);

/** The variable a URL argument is read from: `url` of `url`, `url.href`, `url.toString()`, `String(url)`. */
export function urlVariable(node: Node): string | undefined {
  let current: Node | null = node;
  for (let depth = 0; current && depth < 6; depth++) {
    switch (current.type) {
      case 'identifier':
        return current.text;
      case 'parenthesized_expression':
      case 'as_expression':
      case 'non_null_expression':
        current = current.namedChild(0);
        break;
      case 'member_expression':
      case 'attribute':
        current = current.childForFieldName('object');
        break;
      case 'call_expression':
      case 'call': {
        const callee = current.childForFieldName('function');
        const args: Node[] = (current.childForFieldName('arguments')?.namedChildren ?? []).filter((child): child is Node => !!child && child.type !== 'comment');
        // `url.toString()` / `url.geturl()`: the receiver; `String(url)` / `str(url)`: the one argument.
        if (callee && (callee.type === 'member_expression' || callee.type === 'attribute') && args.length === 0) current = callee.childForFieldName('object');
        else if (callee?.type === 'identifier' && /^(?:String|str)$/.test(callee.text) && args.length === 1) current = args[0];
        else return undefined;
        break;
      }
      default:
        return undefined;
    }
  }
  return undefined;
}

function escapeName(name: string): string {
  return name.replace(/[$]/g, '\\$');
}

/** The host part of the variable as a pattern: `url.hostname`, `url.host`, `urlparse(url).hostname`, `urlsplit(url).netloc`. */
function hostOf(variable: string): string {
  const name = escapeName(variable);
  return `(?:${name}|(?:\\w+\\.)*(?:urlparse|urlsplit|URL)\\(\\s*${name}\\s*\\))\\.(?:hostname|host|netloc|origin)`;
}

/**
 * The condition rejects hosts outside a list (`!LIST.has(h)`, `!LIST.includes(h)`, `h not in LIST`,
 * `h !== 'x'`) — or, with `accepts`, admits only listed hosts (`LIST.has(h)`, `h in LIST`, `h === 'x'`).
 */
function testsHost(condition: string, variable: string, accepts: boolean): boolean {
  const host = hostOf(variable);
  const literal = `(?:'[^']*'|"[^"]*")`;
  const patterns = accepts
    ? [`(?<!!)\\b\\w+(?:\\.\\w+)*\\.(?:has|includes)\\(\\s*${host}\\s*\\)`, `${host}\\s+in\\s+\\w`, `${host}\\s*===?\\s*${literal}`]
    : [`!\\s*\\w+(?:\\.\\w+)*\\.(?:has|includes)\\(\\s*${host}\\s*\\)`, `${host}\\s+not\\s+in\\s+\\w`, `${host}\\s*!==?\\s*${literal}`];
  return patterns.some((pattern) => new RegExp(pattern).test(condition));
}

/** True when a block (or single statement) ends by leaving the function: return, throw / raise, `abort(…)`, `ctx.throw(…)`. */
function exits(consequence: Node): boolean {
  const statements = consequence.type === 'statement_block' || consequence.type === 'block' ? consequence.namedChildren.filter((child) => child && child.type !== 'comment') : [consequence];
  const last = statements.at(-1);
  if (!last) return false;
  if (JS_EXITS.has(last.type) || PY_EXITS.has(last.type)) return true;
  return last.type === 'expression_statement' && /^(?:abort|flask\.abort|ctx\.throw|\w+\.throw)\s*\(/.test(last.text);
}

/**
 * True when the request on `sink` can only run for an allow-listed host: an `if` earlier in the
 * same function rejects other hosts of `variable` and leaves (`return`, `throw`, `raise`,
 * `abort()`), or the request sits inside an `if` that admits only listed hosts.
 */
export function hostAllowListed(sink: Node, variable: string): boolean {
  let fn: Node | null = sink.parent;
  while (fn && !FUNCTIONS.has(fn.type)) fn = fn.parent;
  const body = fn?.childForFieldName('body');
  if (!body) return false;
  for (let node: Node | null = sink.parent; node && node !== body && node.startIndex >= body.startIndex; node = node.parent) {
    if (node.type !== 'if_statement') continue;
    const condition = node.childForFieldName('condition');
    const consequence = node.childForFieldName('consequence');
    if (condition && consequence && consequence.startIndex <= sink.startIndex && sink.endIndex <= consequence.endIndex && testsHost(condition.text, variable, true)) return true;
  }
  return body.descendantsOfType('if_statement').some((statement) => {
    if (!statement || statement.endIndex > sink.startIndex) return false;
    const condition = statement.childForFieldName('condition');
    const consequence = statement.childForFieldName('consequence');
    return !!condition && !!consequence && testsHost(condition.text, variable, false) && exits(consequence);
  });
}
