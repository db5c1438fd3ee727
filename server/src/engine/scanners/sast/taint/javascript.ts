/**
 * Intra-procedural taint for JavaScript, TypeScript and TSX: one pass per function in program
 * order (loops twice), sources from web request handlers, the browser (Next.js router too) and `process.argv`,
 * propagation through assignments, destructuring, concatenation, templates, wrappers and string
 * methods, sanitisers per sink kind, and summaries of functions defined in the same file.
 */
import type { Node } from 'web-tree-sitter';
import { Env, Recorder, typeOf, applySummary, label, mentionsTaint, namedKids, nodesAt, placeholder, plainName, summarise, type Binding, type Summary } from './state';
import { cleansedFor, joinTaints, withStep, type SinkKind, type Taint, type TaintAnalysis } from './types';

const WRAPPERS = new Set(['parenthesized_expression', 'as_expression', 'non_null_expression', 'satisfies_expression', 'type_assertion', 'await_expression']);
const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'function', 'arrow_function', 'method_definition', 'generator_function_declaration', 'generator_function']);

/**
 * Words that can start a flow: request objects and their usual names, browser globals, React
 * hooks, `process.argv`, listeners. A statement without them (or a tainted variable) is skipped.
 * A variable holding the Next.js router counts through its role, so `router` is not listed.
 */
const SOURCE_WORDS = /\b(?:req|request|ctx|query|params|body|location|document|window|process|useSearchParams|useParams|useQuery|useRouter|addEventListener|onmessage)\b/;

/** Fields of an Express / Fastify / Next.js request that carry what the client sent. */
const REQUEST_FIELDS = new Set(['query', 'params', 'body', 'headers', 'cookies', 'signedCookies', 'url', 'originalUrl', 'path', 'files', 'file', 'hostname', 'raw', 'nextUrl']);
/** Request methods that return client input (`req.get('Host')`, `req.header(…)`, `req.param(…)`; Fetch API / Next.js route handlers' `request.json()`). */
const REQUEST_GETTERS = new Set(['get', 'header', 'param', 'json', 'text', 'formData']);
const KOA_FIELDS = new Set(['query', 'params', 'querystring', 'headers', 'header', 'url', 'href', 'path', 'originalUrl']);
const KOA_REQUEST_FIELDS = new Set(['body', 'query', 'querystring', 'headers', 'header', 'url', 'href', 'files']);
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'use', 'options', 'head', 'route', 'handler']);
const HTTP_VERBS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
/** Browser values an attacker controls through the URL, the referrer, the window name or the cookie jar. */
const BROWSER_SOURCES = /^(?:(?:window\.|document\.)?location(?:\.(?:hash|search|href|pathname))?|document\.(?:URL|documentURI|referrer|baseURI|cookie)|window\.name|process\.argv)$/;

/** Calls whose result is a number or boolean: nothing textual survives. */
const NUMERIC = /^(?:Number|parseInt|parseFloat|Boolean|BigInt|isNaN|isFinite|Math\.\w+|Number\.\w+|Date\.parse)$/;
/** Wrappers whose result carries their arguments' content. */
const PASS_THROUGH = /^(?:String|decodeURIComponent|decodeURI|unescape|JSON\.parse|Buffer\.from|Array\.from|Object\.assign|Object\.values|Object\.entries|Object\.keys|url\.parse|querystring\.parse|qs\.parse|(?:path|posix|win32|path\.posix|path\.win32)\.(?:join|resolve|normalize|format))$/;
/** Methods whose result carries their receiver's content (strings and arrays). */
const STRING_METHODS = new Set([
  'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'toString', 'valueOf', 'split', 'join',
  'slice', 'substring', 'substr', 'concat', 'replace', 'replaceAll', 'padStart', 'padEnd', 'repeat', 'normalize', 'at', 'charAt', 'map', 'filter',
  'flat', 'flatMap', 'reverse', 'sort', 'find', 'pop', 'shift', 'toJSON', 'get', 'getAll',
]);
/** React and Next.js hooks that return URL data (`useSearchParams().get('q')`, `useParams().id`). */
const HOOK_SOURCES = new Set(['useSearchParams', 'useParams', 'useQuery']);
/** Fields of the Next.js pages router that come from the URL (`pathname` is the route pattern, not the URL). */
const ROUTER_FIELDS = new Set(['query', 'asPath']);
/**
 * `import Router, { useRouter as useNextRouter } from 'next/router'` (or `next/navigation`): the
 * clause between `import` and `from`. Read from the text: the router hook is Next's only when
 * imported from Next (a project's own `useRouter` is something else).
 */
const NEXT_ROUTER_IMPORT = /\bimport\s+([^;'"]*?)\s*from\s*['"]next\/(router|navigation)['"]/g;

/** Methods whose arguments flow into the result as well (`'a'.concat(x)`, `base.replace(p, x)`). */
const ARGUMENT_METHODS = new Set(['concat', 'replace', 'replaceAll', 'join']);

/** Sanitisers by the callee as written: what their result is safe for (the receiver's text is read only for `escape`). */
function sanitiserKinds(callee: string, receiverNode: Node | null): SinkKind[] | undefined {
  const last = callee.slice(callee.lastIndexOf('.') + 1);
  if (last === 'basename') return ['path'];
  // escape-string-regexp, lodash `escapeRegExp`, and the usual hand-named helpers: pattern syntax only.
  if (/^(?:escapeStringRegexp|escapeRegExp|escapeRegex|escapeRegexp|escapeRegExpChars|regexEscape|quotemeta)$/.test(last)) return ['regex'];
  if (last === 'encodeURIComponent') return ['url', 'redirect', 'path', 'html', 'log'];
  if (/^(?:escapeHtml|htmlEscape|encodeHTML|escapeHTML|sanitizeHtml|sanitize|xss|encode|escapeXml|filterXSS)$/.test(last)) return ['html'];
  if (/^(?:shellescape|shellEscape|escapeShellArg|quote)$/.test(last)) return ['shell'];
  if (last === 'escapeId' || last === 'escapeLiteral' || last === 'escapeIdentifier') return ['sql'];
  if (last === 'escape') {
    const receiver = receiverNode?.text;
    return receiver && /sql|conn|pool|db|client|knex/i.test(receiver) ? ['sql'] : ['html'];
  }
  if (callee === 'JSON.stringify') return ['log', 'nosql'];
  if (/^(?:mongoSanitize|sanitizeFilter|mongo-sanitize)$/.test(last)) return ['nosql'];
  return undefined;
}

export function jsUnwrapTaint(node: Node): Node {
  let current = node;
  // Every read of `type` is a call into the WebAssembly parser: read it once per node.
  for (let type = typeOf(current); WRAPPERS.has(type); type = typeOf(current)) {
    const inner = type === 'type_assertion' ? current.namedChildren.at(-1) : namedKids(current)[0];
    if (!inner) break;
    current = inner;
  }
  return current;
}

const named = namedKids;

/**
 * The member chain of `a.b['c'].d`: the base node and the property names (`*` for computed ones).
 * `object` and `index` are the outermost access's own children (as written, not unwrapped), so
 * a caller that walks on does not ask the parser for them again.
 */
function memberChain(node: Node): { base: Node; properties: string[]; object?: Node | null; index?: Node | null } {
  const properties: string[] = [];
  let current = jsUnwrapTaint(node);
  let outer: { object?: Node | null; index?: Node | null } | undefined;
  for (;;) {
    const type = typeOf(current);
    let object: Node | null;
    let index: Node | null = null;
    if (type === 'member_expression') {
      properties.unshift(current.childForFieldName('property')?.text ?? '*');
      object = current.childForFieldName('object');
    } else if (type === 'subscript_expression') {
      index = current.childForFieldName('index');
      properties.unshift(index && typeOf(index) === 'string' ? index.text.slice(1, -1) : '*');
      object = current.childForFieldName('object');
    } else break;
    outer ??= { object, index };
    current = jsUnwrapTaint(object ?? current);
  }
  return { base: current, properties, ...outer };
}

/** The parameter nodes of a function (identifiers, patterns), in order. */
function parametersOf(fn: Node): Node[] {
  const single = fn.childForFieldName('parameter');
  if (single) return [single];
  const list = fn.childForFieldName('parameters');
  if (!list) return [];
  return named(list).map((parameter) =>
    typeOf(parameter) === 'required_parameter' || typeOf(parameter) === 'optional_parameter' ? (parameter.childForFieldName('pattern') ?? parameter) : parameter,
  );
}

function parameterName(parameter: Node): string | undefined {
  if (typeOf(parameter) === 'identifier') return parameter.text;
  if (typeOf(parameter) === 'assignment_pattern') return plainName(parameter.childForFieldName('left'));
  return undefined;
}

/** The text of a literal string argument (`'message'`), else undefined. */
function literalString(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const inner = jsUnwrapTaint(node);
  if (typeOf(inner) === 'string') return inner.text.slice(1, -1);
  if (typeOf(inner) === 'template_string' && !named(inner).some((child) => typeOf(child) === 'template_substitution')) return inner.text.slice(1, -1);
  return undefined;
}

/** Where a function sits: as an argument of which call (route registrations, listeners). */
interface FunctionSite {
  call?: Node;
  argumentIndex?: number;
  /** Set when the function is assigned to `onmessage`. */
  messageHandler?: boolean;
}

/** Functions a file defines by name: declarations and `const f = (…) => …` / `function (…) {…}` (checked on the tree). */
const FUNCTION_DEFINITIONS = /\bfunction\s*\*?\s*([\p{ID_Start}$_][\p{ID_Continue}$]*)|\b(?:const|let|var)\s+([\p{ID_Start}$_][\p{ID_Continue}$]*)\s*(?::[^=]{0,80})?=\s*(?:async\b\s*)?(?:function\b|\(|[\p{ID_Start}$_][\p{ID_Continue}$]*\s*=>)/dgu;
const FUNCTION_NODES = new Set(['function_declaration', 'generator_function_declaration', 'variable_declarator']);

/** Statements without nested statements: skipped when they mention nothing untrusted. */
const SIMPLE_STATEMENTS = new Set(['expression_statement', 'lexical_declaration', 'variable_declaration', 'return_statement', 'throw_statement']);

class JsAnalyser {
  readonly recorder: Recorder;
  /** SOURCE_WORDS plus the names of same-file functions that read a source themselves. */
  private sourceWords = SOURCE_WORDS;
  private readonly functionsByName = new Map<string, Node>();
  private readonly summaries = new Map<number, Summary | 'pending'>();
  private readonly parameterLists = new Map<number, Node[]>();
  /** Taints callers passed into a same-file function's parameters: analysed again with them. */
  private readonly seeds = new Map<number, { fn: Node; parameters: Map<number, Taint>; analysed: boolean; closure: Env }>();
  /** Depth of branches around the statement being walked: assignments there are weak. */
  private conditional = 0;
  /** The return values of the function being walked. */
  private returns: Array<Taint | undefined> = [];
  private handler: Node | undefined;
  /** Local names of Next's `useRouter` hook (imported from `next/router` or `next/navigation`). */
  private readonly routerHooks = new Set<string>();

  constructor(workLimit?: number) {
    this.recorder = new Recorder(jsUnwrapTaint, workLimit);
  }

  run(root: Node): void {
    this.collectFunctions(root);
    const env = new Env();
    this.bindNextRouter(root.text, env);
    // Same-file functions that read a source, and `useRouter` imported under another name.
    const sourceful = [...this.functionsByName].filter(([, fn]) => SOURCE_WORDS.test(fn.text)).map(([name]) => name);
    const extraWords = [...sourceful, ...[...this.routerHooks].filter((name) => name !== 'useRouter')];
    if (extraWords.length > 0) this.sourceWords = new RegExp(`${SOURCE_WORDS.source}|\\b(?:${extraWords.map((word) => word.replace(/\$/g, '\\$')).join('|')})\\b`);
    this.walkStatements(named(root), env);
    // Same-file calls that passed untrusted data into a parameter: walk the callee again with it.
    for (let round = 0; round < 3; round++) {
      const pending = [...this.seeds.values()].filter((seed) => !seed.analysed);
      if (pending.length === 0) break;
      for (const seed of pending) {
        seed.analysed = true;
        this.analyseFunction(seed.fn, seed.closure, {}, seed.parameters);
      }
    }
  }

  /**
   * Next's router: the names its `useRouter` hook is imported as, and the default export of
   * `next/router` (the router singleton, `Router.query`), bound with the `router` role.
   */
  private bindNextRouter(text: string, env: Env): void {
    for (const [, clause, module] of text.matchAll(NEXT_ROUTER_IMPORT)) {
      if (/^type\b/.test(clause)) continue;
      for (const specifier of /\{([^}]*)\}/.exec(clause)?.[1].split(',') ?? []) {
        const hook = /^useRouter(?:\s+as\s+([\p{ID_Start}$_][\p{ID_Continue}$]*))?$/u.exec(specifier.trim());
        if (hook) this.routerHooks.add(hook[1] ?? 'useRouter');
      }
      const defaultImport = /^([\p{ID_Start}$_][\p{ID_Continue}$]*)\s*(?:,|$)/u.exec(clause);
      if (module === 'router' && defaultImport) env.declare(defaultImport[1], { role: 'router' });
    }
  }

  /** `useRouter()` of Next (not a same-file function or a variable of that name). */
  private isRouterHookCall(node: Node, env: Env): boolean {
    if (this.routerHooks.size === 0 || typeOf(node) !== 'call_expression') return false;
    const name = plainName(node.childForFieldName('function'));
    return name !== undefined && this.routerHooks.has(name) && !env.lookup(name) && !this.functionsByName.has(name);
  }

  /** The role a value gives the variable it is stored in: another role-bound variable's, or the router's. */
  private roleOf(value: Node, env: Env): Binding['role'] {
    const inner = jsUnwrapTaint(value);
    if (typeOf(inner) === 'identifier') return env.lookup(inner.text)?.role;
    return this.isRouterHookCall(inner, env) ? 'router' : undefined;
  }

  private collectFunctions(root: Node): void {
    for (const { name, node } of nodesAt(root, root.text, FUNCTION_DEFINITIONS, FUNCTION_NODES)) {
      if (typeOf(node) === 'variable_declarator') {
        const value = node.childForFieldName('value');
        if (value && FUNCTIONS.has(typeOf(value)) && node.childForFieldName('name')?.text === name) this.functionsByName.set(name, value);
      } else if (node.childForFieldName('name')?.text === name) this.functionsByName.set(name, node);
    }
  }

  // ── functions ─────────────────────────────────────────────────────────

  /** A function's parameters, asked of the tree once per function (same-file callees are asked at every call). */
  private parametersOf(fn: Node): Node[] {
    let parameters = this.parameterLists.get(fn.id);
    if (!parameters) this.parameterLists.set(fn.id, (parameters = parametersOf(fn)));
    return parameters;
  }

  private analyseFunction(fn: Node, closure: Env, site: FunctionSite, parameterTaints?: Map<number, Taint>): Taint | undefined {
    const env = new Env(closure);
    const parameters = this.parametersOf(fn);
    const role = this.parameterRoles(fn, parameters, site);
    parameters.forEach((parameter, index) => {
      const binding: Binding = { role: role[index], taint: parameterTaints?.get(index) };
      this.bindPattern(typeOf(parameter) === 'assignment_pattern' ? (parameter.childForFieldName('left') ?? parameter) : parameter, binding, env, false, true, true);
    });
    const saved = { conditional: this.conditional, returns: this.returns, handler: this.handler };
    this.conditional = 0;
    this.returns = [];
    this.handler = role[0] === 'request' || role[0] === 'koa' ? fn : undefined;
    const body = fn.childForFieldName('body');
    if (body?.type === 'statement_block') this.walkStatements(named(body), env);
    else if (body) this.returns.push(this.evaluate(body, env));
    const result = joinTaints(this.returns);
    this.conditional = saved.conditional;
    this.returns = saved.returns;
    this.handler = saved.handler;
    return result;
  }

  /** Which parameters are request objects, Koa contexts or message events. */
  private parameterRoles(fn: Node, parameters: Node[], site: FunctionSite): Array<Binding['role']> {
    const names = parameters.map(parameterName);
    const [first, second] = names;
    const callee = site.call?.childForFieldName('function');
    const method = callee?.type === 'member_expression' ? callee.childForFieldName('property')?.text : undefined;
    const routeCallback = method !== undefined && ROUTE_METHODS.has(method);
    const functionName = fn.childForFieldName('name')?.text ?? (fn.parent?.type === 'variable_declarator' ? fn.parent.childForFieldName('name')?.text : undefined);
    const listener = site.messageHandler || (method === 'addEventListener' && literalString(named(site.call!.childForFieldName('arguments')!)[0]) === 'message');
    if (listener) return ['message'];
    if (first === 'ctx' && (second === 'next' || routeCallback)) return ['koa'];
    if (first === 'req') return ['request'];
    if (first === 'request' && (routeCallback || (second && /^(?:res|response|reply|h)$/.test(second)) || (functionName && HTTP_VERBS.has(functionName)))) return ['request'];
    if (routeCallback && parameters[0]?.type === 'object_pattern') return ['request'];
    return [];
  }

  private summaryOf(fn: Node, closure: Env): Summary {
    const known = this.summaries.get(fn.id);
    if (known === 'pending') return { parametersToReturn: new Set() };
    if (known) return known;
    this.summaries.set(fn.id, 'pending');
    const placeholders = new Map<number, Taint>();
    this.parametersOf(fn).forEach((parameter, index) => placeholders.set(index, placeholder(parameter, parameter.text, index)));
    const wasEnabled = this.recorder.enabled;
    this.recorder.enabled = false;
    const returned = this.analyseFunction(fn, closure, {}, placeholders);
    this.recorder.enabled = wasEnabled;
    const summary = summarise(returned);
    this.summaries.set(fn.id, summary);
    return summary;
  }

  // ── statements ────────────────────────────────────────────────────────

  private walkStatements(statements: Node[], env: Env): void {
    for (const statement of statements) this.walkStatement(statement, env);
  }

  private branch(body: Node | null | undefined, env: Env): void {
    if (!body) return;
    this.conditional++;
    this.walkStatement(body, env);
    this.conditional--;
  }

  private walkStatement(node: Node, env: Env): void {
    if (!this.recorder.step()) return;
    const type = typeOf(node);
    if (SIMPLE_STATEMENTS.has(type) && !mentionsTaint(node.text, env, this.sourceWords)) {
      // A clean module variable (`let last = 'ls'`) is still declared, so that a handler assigning
      // request data to it taints it for the code that reads it later.
      if (!env.parent && (type === 'lexical_declaration' || type === 'variable_declaration')) this.declareClean(node, env);
      return;
    }
    switch (type) {
      case 'statement_block':
        this.walkStatements(named(node), env);
        return;
      case 'lexical_declaration':
      case 'variable_declaration':
        for (const declarator of named(node)) {
          if (typeOf(declarator) !== 'variable_declarator') continue;
          const name = declarator.childForFieldName('name');
          const value = declarator.childForFieldName('value');
          if (!name) continue;
          const binding = value ? this.valueBinding(value, env) : {};
          this.bindPattern(name, binding, env, false, true);
        }
        return;
      case 'expression_statement':
        for (const child of named(node)) this.evaluate(child, env);
        return;
      case 'return_statement': {
        const value = named(node)[0];
        if (value) {
          const taint = this.evaluate(value, env);
          this.returns.push(taint);
          if (this.handler) this.recorder.handlerReturns.push({ value, handler: this.handler });
        }
        return;
      }
      case 'if_statement':
        this.walkIf(node, env);
        return;
      case 'for_statement':
      case 'while_statement':
      case 'do_statement':
      case 'for_in_statement': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        for (const fieldName of ['initializer', 'condition', 'increment']) {
          const part = node.childForFieldName(fieldName);
          if (part) typeOf(part).endsWith('declaration') ? this.walkStatement(part, env) : this.evaluate(part, env);
        }
        const iterated = right ? this.evaluate(right, env) : undefined;
        if (left && right) this.bindPattern(left, { taint: iterated }, env, true, true);
        // Twice, so a value carried from one iteration into the next is seen.
        this.branch(node.childForFieldName('body'), env);
        this.branch(node.childForFieldName('body'), env);
        return;
      }
      case 'try_statement':
        this.branch(node.childForFieldName('body'), env);
        for (const fieldName of ['handler', 'finalizer']) {
          const part = node.childForFieldName(fieldName);
          const body = part?.childForFieldName('body');
          if (body) this.branch(body, env);
        }
        return;
      case 'switch_statement': {
        const value = node.childForFieldName('value');
        if (value) this.evaluate(value, env);
        const body = node.childForFieldName('body');
        for (const clause of body ? named(body) : []) {
          this.conditional++;
          for (const statement of named(clause)) (typeOf(statement).endsWith('statement') || typeOf(statement).endsWith('declaration') ? this.walkStatement(statement, env) : this.evaluate(statement, env));
          this.conditional--;
        }
        return;
      }
      case 'labeled_statement':
      case 'export_statement':
        for (const child of named(node)) this.walkStatement(child, env);
        return;
      case 'function_declaration':
      case 'generator_function_declaration':
        this.analyseFunction(node, env, {});
        return;
      case 'class_declaration':
      case 'class':
        this.walkClass(node, env);
        return;
      default:
        if (typeOf(node).endsWith('statement')) {
          for (const child of named(node)) if (!typeOf(child).endsWith('identifier')) this.evaluate(child, env);
        } else if (!typeOf(node).endsWith('declaration') && !typeOf(node).includes('import')) {
          this.evaluate(node, env);
        }
    }
  }

  private declareClean(declaration: Node, env: Env): void {
    for (const declarator of named(declaration)) {
      const name = typeOf(declarator) === 'variable_declarator' ? declarator.childForFieldName('name') : null;
      if (name) this.bindPattern(name, {}, env, false, true);
    }
  }

  private walkClass(node: Node, env: Env): void {
    const body = node.childForFieldName('body');
    for (const member of body ? named(body) : []) {
      if (typeOf(member) === 'method_definition') this.analyseFunction(member, env, {});
      else if (typeOf(member) === 'field_definition' || typeOf(member) === 'public_field_definition') {
        const value = member.childForFieldName('value');
        if (value) this.evaluate(value, env);
      }
    }
  }

  /**
   * `if`: an allow-list test (`ALLOWED.includes(x)`, `x === 'a'`, `/^\w+$/.test(x)`) makes `x`
   * clean inside the branch it guards; `if (!ok(x)) return;` makes it clean after the `if`.
   */
  private walkIf(node: Node, env: Env): void {
    const condition = node.childForFieldName('condition');
    if (condition) this.evaluate(condition, env);
    const { names, negated } = condition ? guardedNames(condition) : { names: [], negated: false };
    const consequence = node.childForFieldName('consequence');
    const alternative = node.childForFieldName('alternative');
    const guardedBranch = negated ? alternative : consequence;
    const otherBranch = negated ? consequence : alternative;
    const saved = names.map((name) => [name, env.lookup(name)] as const);
    const clean = () => {
      for (const name of names) env.declare(name, {});
    };
    const restore = () => {
      for (const [name, binding] of saved) if (binding) env.declare(name, binding);
    };
    if (guardedBranch === consequence) {
      clean();
      this.branch(consequence, env);
      restore();
      this.branch(otherBranch, env);
    } else {
      this.branch(otherBranch, env);
      clean();
      this.branch(guardedBranch, env);
      restore();
    }
    if (negated && names.length > 0 && consequence && exits(consequence) && !alternative) clean();
    // `if (key === '__proto__' || key === 'constructor') continue;` makes `key` safe as an object key.
    if (condition && consequence && exits(consequence) && !alternative && /['"](?:__proto__|constructor|prototype)['"]/.test(condition.text)) {
      for (const name of comparedNames(condition)) {
        const binding = env.lookup(name);
        if (binding?.taint) env.declare(name, { ...binding, taint: cleansedFor(binding.taint, ['prototype']) });
      }
    }
  }

  // ── binding ───────────────────────────────────────────────────────────

  /** The value an initialiser gives a variable: its taint and, for `const r = req`, its role. */
  private valueBinding(value: Node, env: Env): Binding {
    const inner = jsUnwrapTaint(value);
    if (typeOf(inner) === 'identifier') {
      const binding = env.lookup(inner.text);
      if (binding?.role) return { role: binding.role, taint: binding.taint };
    }
    if (this.isRouterHookCall(inner, env)) return { role: 'router' };
    if (FUNCTIONS.has(typeOf(inner))) {
      // Analysed where it is defined, with the variables it closes over.
      this.analyseFunction(inner, env, {});
      return {};
    }
    return { taint: this.evaluate(value, env) };
  }

  /**
   * Binds a declaration or assignment target: identifiers, object and array patterns (every
   * name gets the value's taint; destructuring a request yields its source fields), defaults.
   */
  private bindPattern(target: Node, binding: Binding, env: Env, assignment: boolean, declare = false, parameter = false): void {
    switch (typeOf(target)) {
      case 'identifier':
      case 'shorthand_property_identifier_pattern':
        this.bindName(target.text, binding, target, env, assignment, declare, parameter);
        return;
      case 'object_pattern':
        for (const property of named(target)) {
          if (typeOf(property) === 'shorthand_property_identifier_pattern') {
            this.bindName(property.text, this.fieldOf(binding, property.text, property), property, env, assignment, declare, parameter);
          } else if (typeOf(property) === 'pair_pattern') {
            const key = property.childForFieldName('key')?.text.replace(/^['"]|['"]$/g, '') ?? '*';
            const value = property.childForFieldName('value');
            if (value) this.bindPattern(value, this.fieldOf(binding, key, property), env, assignment, declare, parameter);
          } else if (typeOf(property) === 'object_assignment_pattern') {
            const left = property.childForFieldName('left');
            if (left) this.bindPattern(left, this.fieldOf(binding, left.text, property), env, assignment, declare, parameter);
          } else if (typeOf(property) === 'rest_pattern') {
            const inner = named(property)[0];
            if (inner) this.bindPattern(inner, { taint: binding.taint }, env, assignment, declare);
          }
        }
        return;
      case 'array_pattern':
        for (const element of named(target)) this.bindPattern(element, { taint: binding.taint }, env, assignment, declare);
        return;
      case 'assignment_pattern': {
        const left = target.childForFieldName('left');
        if (left) this.bindPattern(left, binding, env, assignment, declare);
        return;
      }
      case 'rest_pattern': {
        const inner = named(target)[0];
        if (inner) this.bindPattern(inner, binding, env, assignment, declare);
        return;
      }
      default:
        return;
    }
  }

  /** One name of a pattern: a declaration binds in this scope, an assignment where the name lives. */
  private bindName(name: string, value: Binding, at: Node, env: Env, assignment: boolean, declare: boolean, parameter: boolean): void {
    const stepped = value.taint && !parameter ? { ...value, taint: withStep(value.taint, at, `assigned to \`${name}\``) } : value;
    if (declare && !assignment) env.declare(name, stepped);
    else env.assign(name, stepped, this.conditional > 0);
  }

  /** The binding of field `key` of a value: a source when the value is a request. */
  private fieldOf(binding: Binding, key: string, at: Node): Binding {
    if (binding.role === 'request' && REQUEST_FIELDS.has(key)) return { taint: { source: at, label: `req.${key}`, steps: [], cleansed: new Set() } };
    if (binding.role === 'koa' && KOA_FIELDS.has(key)) return { taint: { source: at, label: `ctx.${key}`, steps: [], cleansed: new Set() } };
    if (binding.role === 'koa' && key === 'request') return { role: 'koa' };
    if (binding.role === 'message' && key === 'data') return { taint: { source: at, label: 'event.data', steps: [], cleansed: new Set() } };
    if (binding.role === 'router' && ROUTER_FIELDS.has(key)) return { taint: { source: at, label: `router.${key}`, steps: [], cleansed: new Set() } };
    return { taint: binding.taint };
  }

  // ── expressions ───────────────────────────────────────────────────────

  evaluate(node: Node, env: Env): Taint | undefined {
    if (!this.recorder.step()) return undefined;
    return this.recorder.record(node, this.evaluateUnrecorded(node, env, typeOf(node)));
  }

  private evaluateAll(nodes: Node[], env: Env): Taint | undefined {
    return joinTaints(nodes.map((node) => this.evaluate(node, env)));
  }

  /** `type` is `typeOf(node)`, read once by the caller (each read crosses into the parser). */
  private evaluateUnrecorded(node: Node, env: Env, type: string): Taint | undefined {
    switch (type) {
      case 'identifier': {
        const binding = env.lookup(node.text);
        if (binding) return binding.taint;
        return BROWSER_SOURCES.test(node.text) ? this.source(node) : undefined;
      }
      case 'parenthesized_expression':
      case 'as_expression':
      case 'non_null_expression':
      case 'satisfies_expression':
      case 'type_assertion':
      case 'await_expression':
      case 'spread_element':
      case 'template_substitution':
        return this.evaluateAll(named(node).filter((child) => !typeOf(child).includes('type')), env);
      case 'member_expression':
      case 'subscript_expression':
        return this.evaluateMember(node, env, type);
      case 'call_expression':
        return this.evaluateCall(node, env);
      case 'new_expression': {
        const constructor = node.childForFieldName('constructor')?.text ?? '';
        const args = node.childForFieldName('arguments');
        const taint = args ? this.evaluateAll(named(args), env) : undefined;
        return /^(?:URL|String|URLSearchParams|Buffer)$/.test(constructor) ? taint : undefined;
      }
      case 'binary_expression': {
        const operator = node.childForFieldName('operator')?.text;
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const leftTaint = left ? this.evaluate(left, env) : undefined;
        const rightTaint = right ? this.evaluate(right, env) : undefined;
        if (operator === '+') return asText(withPrefix(joinTaints([leftTaint, rightTaint]), left && !leftTaint ? literalPrefix(left) : undefined, leftTaint));
        if (operator === '||' || operator === '&&' || operator === '??') return joinTaints([leftTaint, rightTaint]);
        // Arithmetic, comparisons, `in`, `instanceof`: a number or a boolean.
        return undefined;
      }
      case 'template_string': {
        const parts = named(node);
        const taints = parts.filter((part) => typeOf(part) === 'template_substitution').map((part) => this.evaluate(part, env));
        const joined = joinTaints(taints);
        const first = parts[0];
        const prefix = first && typeOf(first) === 'string_fragment' ? first.text : '';
        return joined ? asText({ ...joined, prefix }) : undefined;
      }
      case 'ternary_expression': {
        const condition = node.childForFieldName('condition');
        if (condition) this.evaluate(condition, env);
        const consequence = node.childForFieldName('consequence');
        const alternative = node.childForFieldName('alternative');
        // `LIST.includes(x) ? x : 'default'`: the checked branch sees `x` as clean.
        const { names, negated } = condition ? guardedNames(condition) : { names: [], negated: false };
        const checked = negated ? alternative : consequence;
        const evaluateBranch = (branch: Node | null) => {
          if (!branch) return undefined;
          if (branch !== checked || names.length === 0) return this.evaluate(branch, env);
          const inner = new Env(env);
          for (const name of names) inner.declare(name, {});
          return this.evaluate(branch, inner);
        };
        return joinTaints([evaluateBranch(consequence), evaluateBranch(alternative)]);
      }
      case 'unary_expression': {
        for (const child of named(node)) this.evaluate(child, env);
        return undefined; // `+x`, `!x`, `typeof x`, `-x`: not text
      }
      case 'update_expression':
        return undefined;
      case 'assignment_expression':
        return this.evaluateAssignment(node, env, false);
      case 'augmented_assignment_expression':
        return this.evaluateAssignment(node, env, true);
      case 'sequence_expression': {
        const taints = named(node).map((child) => this.evaluate(child, env));
        return taints.at(-1);
      }
      case 'array':
      case 'object':
        return this.evaluateAll(named(node), env);
      case 'pair': {
        const key = node.childForFieldName('key');
        if (key?.type === 'computed_property_name') this.evaluate(key, env);
        const value = node.childForFieldName('value');
        return value ? this.evaluate(value, env) : undefined;
      }
      case 'shorthand_property_identifier':
        return env.lookup(node.text)?.taint;
      case 'computed_property_name':
        return this.evaluateAll(named(node), env);
      case 'arrow_function':
      case 'function_expression':
      case 'function':
      case 'generator_function':
        this.analyseFunction(node, env, functionSite(node));
        return undefined;
      case 'class':
        this.walkClass(node, env);
        return undefined;
      case 'jsx_element':
      case 'jsx_self_closing_element':
      case 'jsx_opening_element':
      case 'jsx_attribute':
      case 'jsx_expression':
      case 'jsx_fragment':
        for (const child of named(node)) this.evaluate(child, env);
        return type === 'jsx_expression' ? this.taintOfChildren(node) : undefined;
      default:
        return undefined;
    }
  }

  private taintOfChildren(node: Node): Taint | undefined {
    return joinTaints(named(node).map((child) => this.recorder.taintOf(child)));
  }

  private source(node: Node): Taint {
    return { source: node, label: label(node), steps: [], cleansed: new Set() };
  }

  private evaluateMember(node: Node, env: Env, type: string): Taint | undefined {
    const { base, properties, object, index } = memberChain(node);
    // `.length` of anything is a number.
    if (properties.at(-1) === 'length' && type === 'member_expression') {
      if (object) this.evaluate(object, env);
      return undefined;
    }
    if (typeOf(base) === 'identifier') {
      const binding = env.lookup(base.text);
      const [first, second] = properties;
      if (binding?.role === 'request' && REQUEST_FIELDS.has(first)) return this.source(node);
      if (binding?.role === 'koa' && (KOA_FIELDS.has(first) || (first === 'request' && KOA_REQUEST_FIELDS.has(second ?? '')))) {
        return first === 'request' && second === undefined ? undefined : this.source(node);
      }
      if (binding?.role === 'message' && first === 'data') return this.source(node);
      if (binding?.role === 'router' && ROUTER_FIELDS.has(first)) return this.source(node);
      if (!binding && BROWSER_SOURCES.test(`${base.text}.${properties.join('.')}`)) return this.source(node);
      if (!binding && base.text === 'process' && first === 'argv') return this.source(node);
    }
    // `useRouter().query.next`
    if (ROUTER_FIELDS.has(properties[0]) && this.isRouterHookCall(base, env)) return this.source(node);
    if (index) this.evaluate(index, env);
    const taint = object ? this.evaluate(object, env) : undefined;
    return taint ? { ...taint, prefix: undefined } : undefined;
  }

  private evaluateCall(node: Node, env: Env): Taint | undefined {
    const callee = node.childForFieldName('function');
    const argumentList = node.childForFieldName('arguments');
    const args = argumentList && typeOf(argumentList) === 'arguments' ? named(argumentList) : [];
    if (!callee) return undefined;
    const calleeInner = jsUnwrapTaint(callee);
    const calleeType = typeOf(calleeInner);
    const isMember = calleeType === 'member_expression';
    const method = isMember ? (calleeInner.childForFieldName('property')?.text ?? '') : '';
    const receiver = isMember ? calleeInner.childForFieldName('object') : null;

    // Sources that are calls: `req.get('Host')`, `ctx.get(…)`, `ctx.cookies.get(…)`.
    if (receiver && REQUEST_GETTERS.has(method)) {
      const receiverInner = jsUnwrapTaint(receiver);
      const role = typeOf(receiverInner) === 'identifier' ? env.lookup(receiverInner.text)?.role : undefined;
      const cookies = memberChain(receiverInner);
      const cookieRole = cookies.base.type === 'identifier' && cookies.properties[0] === 'cookies' ? env.lookup(cookies.base.text)?.role : undefined;
      if (role === 'request' || role === 'koa' || cookieRole === 'koa') {
        for (const arg of args) this.evaluate(arg, env);
        return this.source(node);
      }
    }

    const calleeText = calleeInner.text.replace(/\s+/g, '');
    if (calleeType === 'identifier' && HOOK_SOURCES.has(calleeText) && !env.lookup(calleeText)) return this.source(node);

    const receiverTaint = receiver ? this.evaluate(receiver, env) : calleeType === 'identifier' ? undefined : this.evaluate(calleeInner, env);
    const argTaints = args.map((arg, index) => {
      const inner = jsUnwrapTaint(arg);
      return FUNCTIONS.has(typeOf(inner)) ? (this.analyseFunction(inner, env, { call: node, argumentIndex: index }), undefined) : this.evaluate(arg, env);
    });

    if (NUMERIC.test(calleeText)) return undefined;
    const sanitised = sanitiserKinds(calleeText, receiver);
    if (sanitised) {
      const input = joinTaints(isMember && method !== 'escape' && !calleeText.includes('.') ? [receiverTaint, ...argTaints] : argTaints);
      return input ? cleansedFor(input, sanitised) : undefined;
    }
    if (PASS_THROUGH.test(calleeText)) return calleeText === 'String' ? asText(joinTaints(argTaints)) : joinTaints(argTaints);
    if (isMember && STRING_METHODS.has(method)) {
      let taint = joinTaints([receiverTaint, ...(ARGUMENT_METHODS.has(method) ? argTaints : [])]);
      // `.replace(/[\r\n]/g, '')` removes line breaks: safe for logs.
      if (taint && (method === 'replace' || method === 'replaceAll') && /\\[rn]|\\s/.test(args[0]?.text ?? '')) taint = cleansedFor(taint, ['log']);
      // `.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')`: every metacharacter escaped, safe as a pattern.
      if (taint && (method === 'replace' || method === 'replaceAll') && escapesPatternSyntax(args[0], args[1])) taint = cleansedFor(taint, ['regex']);
      return taint ? asText({ ...taint, prefix: method === 'concat' ? taint.prefix : undefined }) : undefined;
    }
    const name = calleeType === 'identifier' ? calleeText : undefined;
    const fn = name && !env.lookup(name)?.taint ? this.functionsByName.get(name) : undefined;
    if (fn) return this.callSameFile(fn, node, name!, argTaints, env);
    return undefined;
  }

  /** A call to a function of this file: its summary gives the result; tainted arguments seed its parameters. */
  private callSameFile(fn: Node, call: Node, name: string, argTaints: Array<Taint | undefined>, env: Env): Taint | undefined {
    const parameters = this.parametersOf(fn);
    argTaints.forEach((taint, index) => {
      if (!taint || !this.recorder.enabled || index >= parameters.length) return;
      let seed = this.seeds.get(fn.id);
      if (!seed) this.seeds.set(fn.id, (seed = { fn, parameters: new Map(), analysed: false, closure: new Env() }));
      if (seed.parameters.has(index)) return;
      seed.parameters.set(index, withStep(taint, call, `passed to \`${name}()\` as \`${parameters[index].text}\``));
      seed.analysed = false;
    });
    const summary = this.summaryOf(fn, env);
    const result = applySummary(summary, (index) => argTaints[index]);
    return result ? withStep(result, call, `returned by \`${name}()\``) : undefined;
  }

  private evaluateAssignment(node: Node, env: Env, augmented: boolean): Taint | undefined {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return undefined;
    const leftInner = jsUnwrapTaint(left);
    if (FUNCTIONS.has(typeOf(jsUnwrapTaint(right)))) {
      const messageHandler = leftInner.text === 'onmessage' || /\.onmessage$/.test(leftInner.text);
      this.analyseFunction(jsUnwrapTaint(right), env, { messageHandler });
      return undefined;
    }
    let taint = this.evaluate(right, env);
    if (augmented) {
      const previous = typeOf(leftInner) === 'identifier' ? env.lookup(leftInner.text)?.taint : this.evaluate(leftInner, env);
      const operator = node.childForFieldName('operator')?.text;
      taint = operator === '+=' || operator === '||=' || operator === '??=' ? joinTaints([previous, taint]) : undefined;
    }
    if (typeOf(leftInner) === 'identifier') {
      this.bindPattern(leftInner, { taint, role: this.roleOf(right, env) }, env, true);
    } else if (typeOf(leftInner) === 'object_pattern' || typeOf(leftInner) === 'array_pattern') {
      this.bindPattern(leftInner, { taint, role: this.roleOf(right, env) }, env, true);
    } else if (typeOf(leftInner) === 'member_expression' || typeOf(leftInner) === 'subscript_expression') {
      this.recordKeyedWrite(node, leftInner, taint, env);
      // `opts.cmd = x` taints `opts` (no field sensitivity): a later `opts.cmd` reads it back.
      const { base } = memberChain(leftInner);
      if (taint && typeOf(base) === 'identifier' && !BROWSER_SOURCES.test(base.text)) {
        const binding = env.lookup(base.text);
        if (!binding?.role) env.assign(base.text, { taint: withStep(taint, node, `stored in \`${label(leftInner, 30)}\``) }, true);
      }
    }
    return taint;
  }

  /** `o[k1][k2] = v`: remembered with the keys' taints for the prototype-pollution rule. */
  private recordKeyedWrite(assignment: Node, target: Node, value: Taint | undefined, env: Env): void {
    const keys: Array<Taint | undefined> = [];
    let current: Node = target;
    while (typeOf(current) === 'subscript_expression' || typeOf(current) === 'member_expression') {
      const index = current.childForFieldName('index');
      keys.unshift(index ? this.evaluate(index, env) : undefined);
      current = jsUnwrapTaint(current.childForFieldName('object') ?? current);
    }
    if (keys.some(Boolean) && this.recorder.enabled) this.recorder.keyedWrites.push({ assignment, keys, value });
  }
}

/** Where a function expression sits, for handler and listener detection. */
function functionSite(fn: Node): FunctionSite {
  let parent = fn.parent;
  while (parent && WRAPPERS.has(typeOf(parent))) parent = parent.parent;
  if (parent?.type === 'arguments' && parent.parent?.type === 'call_expression') {
    return { call: parent.parent, argumentIndex: named(parent).findIndex((child) => child.id === fn.id) };
  }
  return {};
}

/** Characters that have a meaning in a JavaScript pattern; an escaping `replace` must cover them all. */
const PATTERN_SYNTAX = ['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\'];

/**
 * `/[.*+?^${}()|[\]\\]/g` with `'\\$&'`: a global character class holding every metacharacter,
 * each replaced by itself behind a backslash (the idiom MDN documents for escaping a pattern).
 */
function escapesPatternSyntax(pattern: Node | undefined, replacement: Node | undefined): boolean {
  if (!pattern || !replacement || typeOf(pattern) !== 'regex') return false;
  const replacementText = literalString(replacement);
  if (replacementText !== '\\\\$&') return false;
  const match = /^\/\[((?:\\.|[^\]\\])*)\]\/([a-z]*)$/.exec(pattern.text);
  // A global class, not a negated one (`[^…]` would escape everything but the metacharacters).
  if (!match || match[1].startsWith('^') || !match[2].includes('g')) return false;
  const members = match[1].replace(/\\(.)/g, '$1');
  return PATTERN_SYNTAX.every((character) => members.includes(character));
}

/** A string: it cannot carry query operators (`{ $ne: null }`). */
function asText(taint: Taint | undefined): Taint | undefined {
  return taint && !taint.cleansed.has('nosql') ? cleansedFor(taint, ['nosql']) : taint;
}

function withPrefix(taint: Taint | undefined, leftLiteral: string | undefined, leftTaint: Taint | undefined): Taint | undefined {
  if (!taint) return undefined;
  if (leftTaint) return { ...taint, prefix: leftTaint.prefix };
  return { ...taint, prefix: leftLiteral };
}

/** The literal text of a string-ish left operand, for `'https://host/' + x`. */
function literalPrefix(node: Node): string | undefined {
  const inner = jsUnwrapTaint(node);
  if (typeOf(inner) === 'string') return inner.text.slice(1, -1);
  if (typeOf(inner) === 'template_string') return named(inner).map((part) => (typeOf(part) === 'string_fragment' ? part.text : '')).join('');
  if (typeOf(inner) === 'binary_expression') {
    const left = inner.childForFieldName('left');
    const right = inner.childForFieldName('right');
    const a = left ? literalPrefix(left) : undefined;
    const b = right ? literalPrefix(right) : undefined;
    return a !== undefined && b !== undefined ? a + b : undefined;
  }
  return undefined;
}

/** A statement that leaves the enclosing block: `return`, `throw`, `continue`, `break`, or a block ending in one. */
function exits(node: Node): boolean {
  if (['return_statement', 'throw_statement', 'continue_statement', 'break_statement'].includes(typeOf(node))) return true;
  if (typeOf(node) === 'statement_block') {
    const last = named(node).at(-1);
    return !!last && exits(last);
  }
  return false;
}

/** Identifiers compared with `===`/`==` or passed to `includes()`/`has()` anywhere in a condition. */
function comparedNames(condition: Node): string[] {
  const names: string[] = [];
  const stack = [condition];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeOf(node) === 'binary_expression' && /^(?:===|==|!==|!=)$/.test(node.childForFieldName('operator')?.text ?? '')) {
      for (const side of [node.childForFieldName('left'), node.childForFieldName('right')]) if (side && typeOf(jsUnwrapTaint(side)) === 'identifier') names.push(jsUnwrapTaint(side).text);
    } else if (typeOf(node) === 'call_expression') {
      const arg = named(node.childForFieldName('arguments') ?? node)[0];
      if (arg && typeOf(jsUnwrapTaint(arg)) === 'identifier') names.push(jsUnwrapTaint(arg).text);
    }
    for (const child of named(node)) stack.push(child);
  }
  return names;
}

/**
 * The names an `if` condition vouches for: `LIST.includes(x)`, `SET.has(x)`, `x === 'lit'`,
 * `/re/.test(x)`, `isValid(x)`-style allow-list checks joined by `&&`; `negated` for `!check`.
 */
function guardedNames(condition: Node): { names: string[]; negated: boolean } {
  let inner = jsUnwrapTaint(condition);
  let negated = false;
  if (typeOf(inner) === 'unary_expression' && inner.childForFieldName('operator')?.text === '!') {
    negated = true;
    inner = jsUnwrapTaint(inner.childForFieldName('argument') ?? inner);
  }
  const names: string[] = [];
  const visit = (node: Node) => {
    const current = jsUnwrapTaint(node);
    if (typeOf(current) === 'binary_expression') {
      const operator = current.childForFieldName('operator')?.text;
      const left = current.childForFieldName('left');
      const right = current.childForFieldName('right');
      if (operator === '&&' && !negated) {
        if (left) visit(left);
        if (right) visit(right);
      } else if (operator === '===' || operator === '==') {
        if (left && right && literalString(right) !== undefined && typeOf(jsUnwrapTaint(left)) === 'identifier') names.push(jsUnwrapTaint(left).text);
        if (left && right && literalString(left) !== undefined && typeOf(jsUnwrapTaint(right)) === 'identifier') names.push(jsUnwrapTaint(right).text);
      }
      return;
    }
    if (typeOf(current) === 'call_expression') {
      const callee = jsUnwrapTaint(current.childForFieldName('function') ?? current);
      const method = typeOf(callee) === 'member_expression' ? callee.childForFieldName('property')?.text : undefined;
      const object = typeOf(callee) === 'member_expression' ? jsUnwrapTaint(callee.childForFieldName('object') ?? callee) : undefined;
      const arg = named(current.childForFieldName('arguments') ?? current)[0];
      const argName = arg && typeOf(jsUnwrapTaint(arg)) === 'identifier' ? jsUnwrapTaint(arg).text : undefined;
      if (!argName) return;
      const allowList = (method === 'includes' || method === 'has' || method === 'hasOwnProperty' || method === 'hasOwn') && object && typeOf(object) !== 'string' && typeOf(object) !== 'template_string';
      const pattern = method === 'test' && object?.type === 'regex' && /^\/\^.*\$\/\w*$/.test(object.text);
      if (allowList || pattern) names.push(argName);
    }
  };
  visit(inner);
  return { names, negated };
}

/** `workLimit` bounds the nodes evaluated (tests lower it); past it the result says `truncated`. */
export function analyseJavaScript(root: Node, workLimit?: number): TaintAnalysis {
  const analyser = new JsAnalyser(workLimit);
  // A file that names no source has no flow: nothing to walk.
  // (`next/router`: its default export is the router, whose `Router.asPath` names no source word.)
  if (!SOURCE_WORDS.test(root.text) && !root.text.includes('next/router')) return analyser.recorder;
  analyser.run(root);
  return analyser.recorder;
}
