/**
 * Intra-procedural taint for Python: one pass per function in program order (loops twice),
 * sources from Flask, Django and FastAPI views, `sys.argv` and `input()`, propagation through
 * assignments, tuple unpacking, concatenation, f-strings, `%` and `.format`, wrappers and string
 * methods, sanitisers per sink kind, and summaries of functions defined in the same file.
 */
import type { Node } from 'web-tree-sitter';
import { Env, Recorder, typeOf, applySummary, label, mentionsTaint, namedKids, nodesAt, placeholder, summarise, type Binding, type Summary } from './state';
import { cleansedFor, joinTaints, withStep, type SinkKind, type Taint, type TaintAnalysis } from './types';

/** Words that can start a flow; a simple statement without them (or a tainted variable) is skipped. */
const SOURCE_WORDS = /\b(?:request|sys|input)\b/;
/** Route decorators make parameters sources, so a file with one needs walking too. */
const ROUTE_IN_TEXT = /@[\w.]+\.(?:route|get|post|put|patch|delete|api_route|websocket)\s*\(/;
/** Statements without nested statements: skipped when they mention nothing untrusted. */
const SIMPLE_STATEMENTS = new Set(['expression_statement', 'return_statement', 'raise_statement', 'assert_statement', 'delete_statement']);

/** Flask's `request` fields that carry client input. */
const FLASK_FIELDS = new Set(['args', 'form', 'json', 'data', 'cookies', 'values', 'headers', 'files', 'view_args', 'path', 'full_path', 'url', 'base_url', 'query_string', 'stream']);
const FLASK_METHODS = new Set(['get_json', 'get_data']);
/** Django's `HttpRequest` fields that carry client input. */
const DJANGO_FIELDS = new Set(['GET', 'POST', 'body', 'COOKIES', 'META', 'headers', 'FILES', 'path', 'path_info', 'data', 'query_params', 'path_params', 'cookies', 'url']);
/** Methods of a Starlette/FastAPI `Request` that return the body: `await request.json()`. */
const REQUEST_BODY_METHODS = new Set(['json', 'body', 'form', 'stream']);
/** Route decorators: `@app.route`, `@bp.get`, `@router.post`, `@app.api_route`… */
const ROUTE_DECORATOR = /\.(?:route|get|post|put|patch|delete|api_route|websocket)$/;
/** Types whose values a framework has already converted: a FastAPI `id: int` parameter is a number. */
const SAFE_ANNOTATIONS = /^(?:int|float|bool|UUID|uuid\.UUID|datetime|date|Decimal|Request|Response|Session|BackgroundTasks|WebSocket)\b/;
/** Parameters of route handlers that are not client input. */
const NON_INPUT_PARAMETERS = new Set(['self', 'cls', 'request', 'db', 'session', 'background_tasks', 'response']);

const NUMERIC = /^(?:int|float|bool|len|abs|round|ord|hash|uuid\.UUID|UUID|Decimal|decimal\.Decimal|math\.\w+)$/;
const PASS_THROUGH = /^(?:str|bytes|list|tuple|set|dict|sorted|reversed|os\.path\.(?:join|abspath|normpath|realpath|expanduser)|posixpath\.join|ntpath\.join|Path|pathlib\.Path|PurePath|urllib\.parse\.unquote|unquote|urllib\.parse\.unquote_plus|unquote_plus|json\.loads|base64\.b64decode|urljoin|urllib\.parse\.urljoin)$/;
const STRING_METHODS = new Set([
  'strip', 'lstrip', 'rstrip', 'lower', 'upper', 'title', 'capitalize', 'casefold', 'replace', 'split', 'rsplit', 'splitlines', 'join', 'format',
  'encode', 'decode', 'get', 'getlist', 'pop', 'values', 'items', 'copy', 'to_dict', 'removeprefix', 'removesuffix', 'zfill', 'ljust', 'rjust',
  'center', 'expandtabs', 'format_map', 'read', 'joinpath', 'resolve', 'with_name', 'with_suffix',
]);
/** Methods whose arguments reach the result too: `' '.join(parts)`, `'{}'.format(x)`, `base.replace(a, x)`. */
const ARGUMENT_METHODS = new Set(['join', 'format', 'replace', 'format_map', 'joinpath', 'with_name']);

function sanitiserKinds(callee: string): SinkKind[] | undefined {
  const last = callee.slice(callee.lastIndexOf('.') + 1);
  if (last === 'quote' && /shlex|pipes/.test(callee)) return ['shell'];
  // urllib.parse.quote / quote_plus: percent-encoding leaves no `/`, quote, bracket or line break.
  if (last === 'quote' || last === 'quote_plus') return ['url', 'redirect', 'path', 'html', 'log'];
  if (last === 'basename' || last === 'secure_filename') return ['path'];
  // `re.escape` escapes pattern syntax only (its result is not safe in HTML); other `escape`s are HTML escapes.
  if (/^(?:re|regex)\.escape$/.test(callee)) return ['regex'];
  if (/^(?:escape|conditional_escape|clean|linkify|escapejs|strip_tags)$/.test(last)) return ['html', 'log'];
  if (last === 'literal' || last === 'escape_string' || last === 'quote_ident') return ['sql'];
  if ((last === 'dumps' && /json/.test(callee)) || callee === 'repr') return ['log'];
  return undefined;
}

const named = namedKids;

export function pyUnwrapTaint(node: Node): Node {
  let current = node;
  while ((typeOf(current) === 'parenthesized_expression' || typeOf(current) === 'await') && named(current)[0]) current = named(current)[0];
  return current;
}

/** The dotted name of `a.b.c` (or a plain identifier), else undefined. */
function dotted(node: Node): string | undefined {
  const inner = pyUnwrapTaint(node);
  if (typeOf(inner) === 'identifier') return inner.text;
  if (typeOf(inner) === 'attribute') {
    const object = inner.childForFieldName('object');
    const attribute = inner.childForFieldName('attribute');
    const base = object ? dotted(object) : undefined;
    return base && attribute ? `${base}.${attribute.text}` : undefined;
  }
  return undefined;
}

/** The base identifier and attribute/subscript names of `request.args["q"]`. */
function chain(node: Node): { base: Node; properties: string[] } {
  const properties: string[] = [];
  let current = pyUnwrapTaint(node);
  for (;;) {
    if (typeOf(current) === 'attribute') {
      properties.unshift(current.childForFieldName('attribute')?.text ?? '*');
      current = pyUnwrapTaint(current.childForFieldName('object') ?? current);
    } else if (typeOf(current) === 'subscript') {
      properties.unshift('*');
      current = pyUnwrapTaint(current.childForFieldName('value') ?? current);
    } else break;
  }
  return { base: current, properties };
}

interface ParameterInfo {
  node: Node;
  name: string;
  annotation?: string;
  defaultValue?: Node;
}

function parametersOf(fn: Node): ParameterInfo[] {
  const list = fn.childForFieldName('parameters');
  const out: ParameterInfo[] = [];
  for (const parameter of list ? named(list) : []) {
    if (typeOf(parameter) === 'identifier') out.push({ node: parameter, name: parameter.text });
    else if (typeOf(parameter) === 'typed_parameter') {
      const name = named(parameter).find((child) => typeOf(child) === 'identifier');
      if (name) out.push({ node: name, name: name.text, annotation: parameter.childForFieldName('type')?.text });
    } else if (typeOf(parameter) === 'default_parameter' || typeOf(parameter) === 'typed_default_parameter') {
      const name = parameter.childForFieldName('name');
      if (name) out.push({ node: name, name: name.text, annotation: parameter.childForFieldName('type')?.text, defaultValue: parameter.childForFieldName('value') ?? undefined });
    }
  }
  return out;
}

class PyAnalyser {
  readonly recorder: Recorder;
  private readonly functionsByName = new Map<string, Node>();
  private readonly summaries = new Map<number, Summary | 'pending'>();
  private readonly parameterLists = new Map<number, ParameterInfo[]>();
  private readonly seeds = new Map<number, { fn: Node; parameters: Map<number, Taint>; analysed: boolean }>();
  private conditional = 0;
  private returns: Array<Taint | undefined> = [];
  private handler: Node | undefined;
  /** SOURCE_WORDS plus the names of same-file functions that read a source themselves. */
  private sourceWords = SOURCE_WORDS;
  /** `request` is Flask's request proxy in this file (imported from flask). */
  private readonly flaskRequest: boolean;

  constructor(text: string, workLimit?: number) {
    this.recorder = new Recorder(pyUnwrapTaint, workLimit);
    this.flaskRequest = /from\s+flask\s+import[^\n]*\brequest\b|from\s+flask\s+import\s*\([^)]*\brequest\b|\bflask\.request\b|from\s+quart\s+import[^\n]*\brequest\b/.test(text);
  }

  run(root: Node): void {
    this.collectFunctions(root);
    const sourceful = [...this.functionsByName].filter(([, fn]) => SOURCE_WORDS.test(fn.text)).map(([name]) => name);
    if (sourceful.length > 0) this.sourceWords = new RegExp(`${SOURCE_WORDS.source}|\\b(?:${sourceful.join('|')})\\b`);
    this.walkBlock(root, new Env());
    for (let round = 0; round < 3; round++) {
      const pending = [...this.seeds.values()].filter((seed) => !seed.analysed);
      if (pending.length === 0) break;
      for (const seed of pending) {
        seed.analysed = true;
        this.analyseFunction(seed.fn, new Env(), seed.parameters);
      }
    }
  }

  private collectFunctions(root: Node): void {
    for (const { name, node: fn } of nodesAt(root, root.text, /\bdef\s+([\p{ID_Start}_][\p{ID_Continue}]*)/dgu, new Set(['function_definition']))) {
      if (fn.childForFieldName('name')?.text !== name) continue;
      // Methods are called through `self.`, which the engine does not resolve. (Each `parent` is
      // a fresh search from the root in the parser: asked once per level.)
      const grandparent = fn.parent?.parent;
      if (grandparent?.type !== 'class_definition' && grandparent?.parent?.type !== 'class_definition') this.functionsByName.set(name, fn);
    }
  }

  // ── functions ─────────────────────────────────────────────────────────

  /** A function's parameters, asked of the tree once per function (same-file callees are asked at every call). */
  private parametersOf(fn: Node): ParameterInfo[] {
    let parameters = this.parameterLists.get(fn.id);
    if (!parameters) this.parameterLists.set(fn.id, (parameters = parametersOf(fn)));
    return parameters;
  }

  /** Route-decorated functions (Flask, FastAPI): their parameters come from the URL, query or body. */
  private isRoute(fn: Node): boolean {
    const parent = fn.parent;
    const decorated = parent && typeOf(parent) === 'decorated_definition' ? parent : undefined;
    if (!decorated) return false;
    return named(decorated).some((child) => {
      if (typeOf(child) !== 'decorator') return false;
      const expression = named(child)[0];
      const callee = expression?.type === 'call' ? expression.childForFieldName('function') : expression;
      return !!callee && ROUTE_DECORATOR.test(callee.text);
    });
  }

  private analyseFunction(fn: Node, closure: Env, parameterTaints?: Map<number, Taint>): Taint | undefined {
    const env = new Env(closure);
    const parameters = this.parametersOf(fn);
    const route = this.isRoute(fn);
    parameters.forEach((parameter, index) => {
      const binding: Binding = { taint: parameterTaints?.get(index) };
      // Django views take the request first; Flask's request is the module global instead.
      if (index === 0 && parameter.name === 'request' && !this.flaskRequest) binding.role = 'request';
      if (index === 1 && parameter.name === 'request' && parameters[0].name === 'self') binding.role = 'request';
      const isInput =
        route &&
        !NON_INPUT_PARAMETERS.has(parameter.name) &&
        !(parameter.annotation && SAFE_ANNOTATIONS.test(parameter.annotation)) &&
        !(parameter.defaultValue && /^(?:Depends|Security)\(/.test(parameter.defaultValue.text));
      if (isInput && !binding.taint) binding.taint = { source: parameter.node, label: parameter.name, steps: [], cleansed: new Set() };
      env.declare(parameter.name, binding);
    });
    const saved = { conditional: this.conditional, returns: this.returns, handler: this.handler };
    this.conditional = 0;
    this.returns = [];
    this.handler = route || parameters.some((parameter) => env.lookup(parameter.name)?.role === 'request') ? fn : undefined;
    const body = fn.childForFieldName('body');
    if (body) this.walkBlock(body, env);
    const result = joinTaints(this.returns);
    this.conditional = saved.conditional;
    this.returns = saved.returns;
    this.handler = saved.handler;
    return result;
  }

  private summaryOf(fn: Node): Summary {
    const known = this.summaries.get(fn.id);
    if (known === 'pending') return { parametersToReturn: new Set() };
    if (known) return known;
    this.summaries.set(fn.id, 'pending');
    const placeholders = new Map<number, Taint>();
    this.parametersOf(fn).forEach((parameter, index) => placeholders.set(index, placeholder(parameter.node, parameter.name, index)));
    const wasEnabled = this.recorder.enabled;
    this.recorder.enabled = false;
    const returned = this.analyseFunction(fn, new Env(), placeholders);
    this.recorder.enabled = wasEnabled;
    const summary = summarise(returned);
    this.summaries.set(fn.id, summary);
    return summary;
  }

  // ── statements ────────────────────────────────────────────────────────

  private walkBlock(block: Node, env: Env): void {
    for (const statement of named(block)) this.walkStatement(statement, env);
  }

  private branch(body: Node | null | undefined, env: Env): void {
    if (!body) return;
    this.conditional++;
    if (typeOf(body) === 'block') this.walkBlock(body, env);
    else this.walkStatement(body, env);
    this.conditional--;
  }

  private walkStatement(node: Node, env: Env): void {
    if (!this.recorder.step()) return;
    const type = typeOf(node);
    if (SIMPLE_STATEMENTS.has(type) && !mentionsTaint(node.text, env, this.sourceWords)) return;
    switch (type) {
      case 'expression_statement':
        for (const child of named(node)) this.evaluate(child, env);
        return;
      case 'return_statement': {
        const value = named(node)[0];
        if (value) {
          this.returns.push(this.evaluate(value, env));
          if (this.handler) this.recorder.handlerReturns.push({ value, handler: this.handler });
        }
        return;
      }
      case 'if_statement':
        this.walkIf(node, env);
        return;
      case 'for_statement': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const iterated = right ? this.evaluate(right, env) : undefined;
        if (left) this.bindTarget(left, iterated, env, node);
        this.branch(node.childForFieldName('body'), env);
        this.branch(node.childForFieldName('body'), env);
        this.branch(named(node).find((child) => typeOf(child) === 'else_clause')?.childForFieldName('body'), env);
        return;
      }
      case 'while_statement': {
        const condition = node.childForFieldName('condition');
        if (condition) this.evaluate(condition, env);
        this.branch(node.childForFieldName('body'), env);
        this.branch(node.childForFieldName('body'), env);
        return;
      }
      case 'try_statement':
        this.branch(node.childForFieldName('body'), env);
        for (const clause of named(node)) {
          if (typeOf(clause) === 'except_clause' || typeOf(clause) === 'finally_clause' || typeOf(clause) === 'else_clause') {
            const block = named(clause).find((child) => typeOf(child) === 'block');
            this.branch(block, env);
          }
        }
        return;
      case 'with_statement': {
        for (const item of named(named(node).find((child) => typeOf(child) === 'with_clause') ?? node)) {
          const value = item.childForFieldName('value');
          if (value?.type === 'as_pattern') {
            const taint = this.evaluate(named(value)[0], env);
            const alias = value.childForFieldName('alias');
            const target = alias ? named(alias)[0] : undefined;
            if (target) this.bindTarget(target, taint, env, value);
          } else if (value) this.evaluate(value, env);
        }
        const body = node.childForFieldName('body');
        if (body) this.walkBlock(body, env);
        return;
      }
      case 'function_definition':
        this.analyseFunction(node, env);
        return;
      case 'decorated_definition': {
        for (const child of named(node)) {
          if (typeOf(child) === 'decorator') this.evaluate(named(child)[0] ?? child, env);
          else this.walkStatement(child, env);
        }
        return;
      }
      case 'class_definition': {
        const body = node.childForFieldName('body');
        if (body) this.walkBlock(body, env);
        return;
      }
      case 'block':
        this.walkBlock(node, env);
        return;
      case 'match_statement':
      case 'assert_statement':
      case 'raise_statement':
      case 'delete_statement':
      case 'print_statement':
        for (const child of named(node)) this.evaluate(child, env);
        return;
      default:
        return;
    }
  }

  /**
   * `if x in ALLOWED:` / `if x.isdigit():` / `if re.fullmatch(…, x):` make `x` clean in that
   * branch; `if x not in ALLOWED: return` (or `abort()` / `raise`) makes it clean after the `if`.
   */
  private walkIf(node: Node, env: Env): void {
    const condition = node.childForFieldName('condition');
    if (condition) this.evaluate(condition, env);
    const { names, negated } = condition ? guardedNames(condition) : { names: [], negated: false };
    const consequence = node.childForFieldName('consequence');
    const alternatives = named(node).filter((child) => typeOf(child) === 'elif_clause' || typeOf(child) === 'else_clause');
    const saved = names.map((name) => [name, env.lookup(name)] as const);
    const clean = () => names.forEach((name) => env.declare(name, {}));
    const restore = () => saved.forEach(([name, binding]) => binding && env.declare(name, binding));
    if (!negated) clean();
    this.branch(consequence, env);
    if (!negated) restore();
    for (const alternative of alternatives) {
      const elifCondition = alternative.childForFieldName('condition');
      if (elifCondition) this.evaluate(elifCondition, env);
      if (negated && typeOf(alternative) === 'else_clause') clean();
      this.branch(alternative.childForFieldName('consequence') ?? alternative.childForFieldName('body'), env);
      if (negated && typeOf(alternative) === 'else_clause') restore();
    }
    if (negated && names.length > 0 && consequence && exits(consequence) && alternatives.length === 0) clean();
  }

  // ── binding ───────────────────────────────────────────────────────────

  /** Assignment targets: names, tuples/lists (unpacked element-wise from a literal of the same shape), attributes, subscripts. */
  private bindTarget(target: Node, taint: Taint | undefined, env: Env, at: Node, value?: Node, role?: Binding['role']): void {
    switch (typeOf(target)) {
      case 'identifier':
        env.assign(target.text, { taint: taint ? withStep(taint, at, `assigned to \`${target.text}\``) : undefined, role }, this.conditional > 0);
        return;
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'tuple':
      case 'list':
      case 'expression_list': {
        const targets = named(target);
        const literal = value && ['tuple', 'list', 'expression_list'].includes(typeOf(pyUnwrapTaint(value))) ? named(pyUnwrapTaint(value)) : undefined;
        targets.forEach((element, index) => {
          const piece = literal && literal.length === targets.length ? this.recorder.taintOf(literal[index]) : taint;
          this.bindTarget(element, piece, env, at, literal && literal.length === targets.length ? literal[index] : undefined);
        });
        return;
      }
      case 'list_splat_pattern':
      case 'parenthesized_expression': {
        const inner = named(target)[0];
        if (inner) this.bindTarget(inner, taint, env, at);
        return;
      }
      case 'attribute':
      case 'subscript': {
        const { base } = chain(target);
        if (typeOf(target) === 'subscript') {
          const index = target.childForFieldName('subscript');
          if (index) this.evaluate(index, env);
        }
        if (taint && typeOf(base) === 'identifier' && !env.lookup(base.text)?.role) {
          env.assign(base.text, { taint: withStep(taint, at, `stored in \`${label(target, 30)}\``) }, true);
        }
        return;
      }
      default:
        return;
    }
  }

  // ── expressions ───────────────────────────────────────────────────────

  evaluate(node: Node, env: Env): Taint | undefined {
    if (!this.recorder.step()) return undefined;
    return this.recorder.record(node, this.evaluateUnrecorded(node, env));
  }

  private evaluateAll(nodes: Node[], env: Env): Taint | undefined {
    return joinTaints(nodes.map((node) => this.evaluate(node, env)));
  }

  private source(node: Node): Taint {
    return { source: node, label: label(node), steps: [], cleansed: new Set() };
  }

  private evaluateUnrecorded(node: Node, env: Env): Taint | undefined {
    switch (typeOf(node)) {
      case 'identifier':
        return env.lookup(node.text)?.taint;
      case 'parenthesized_expression':
      case 'await':
      case 'list_splat':
      case 'dictionary_splat':
      case 'keyword_argument':
      case 'interpolation':
      case 'format_expression':
      case 'expression_list':
      case 'tuple':
      case 'list':
      case 'set':
      case 'dictionary':
      case 'concatenated_string':
        return this.evaluateAll(
          named(node).filter((child) => typeOf(child) !== 'type_conversion' && typeOf(child) !== 'format_specifier' && !(typeOf(node) === 'keyword_argument' && child.id === node.childForFieldName('name')?.id)),
          env,
        );
      case 'pair': {
        const key = node.childForFieldName('key');
        const value = node.childForFieldName('value');
        return joinTaints([key ? this.evaluate(key, env) : undefined, value ? this.evaluate(value, env) : undefined]);
      }
      case 'string': {
        const parts = named(node);
        const taint = this.evaluateAll(parts.filter((part) => typeOf(part) === 'interpolation'), env);
        if (!taint) return undefined;
        const prefix = parts.find((part) => typeOf(part) === 'string_content' || typeOf(part) === 'interpolation');
        return asText({ ...taint, prefix: prefix?.type === 'string_content' ? prefix.text : '' });
      }
      case 'attribute':
      case 'subscript':
        return this.evaluateAccess(node, env);
      case 'call':
        return this.evaluateCall(node, env);
      case 'binary_operator': {
        const operator = node.childForFieldName('operator')?.text;
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const leftTaint = left ? this.evaluate(left, env) : undefined;
        const rightTaint = right ? this.evaluate(right, env) : undefined;
        if (operator !== '+' && operator !== '%') return undefined;
        const joined = joinTaints([leftTaint, rightTaint]);
        if (!joined) return undefined;
        const leftText = left && !leftTaint && typeOf(pyUnwrapTaint(left)) === 'string' ? stringText(pyUnwrapTaint(left)) : undefined;
        const text = leftText !== undefined || (left && typeOf(pyUnwrapTaint(left)) === 'string') || (right && typeOf(pyUnwrapTaint(right)) === 'string');
        const result = { ...joined, prefix: leftTaint ? leftTaint.prefix : operator === '%' ? leftText?.split('%')[0] : leftText };
        return text || operator === '%' ? asText(result) : result;
      }
      case 'boolean_operator':
        return this.evaluateAll(named(node), env);
      case 'conditional_expression': {
        const [consequence, condition, alternative] = named(node);
        if (condition) this.evaluate(condition, env);
        // `order if order in COLUMNS else "name"`: the checked branch sees `order` as clean.
        const { names, negated } = condition ? guardedNames(condition) : { names: [], negated: false };
        const checked = negated ? alternative : consequence;
        const evaluateBranch = (branch: Node | undefined) => {
          if (!branch) return undefined;
          if (branch !== checked || names.length === 0) return this.evaluate(branch, env);
          const inner = new Env(env);
          for (const name of names) inner.declare(name, {});
          return this.evaluate(branch, inner);
        };
        return joinTaints([evaluateBranch(consequence), evaluateBranch(alternative)]);
      }
      case 'not_operator':
      case 'comparison_operator':
      case 'unary_operator':
        for (const child of named(node)) this.evaluate(child, env);
        return undefined;
      case 'named_expression': {
        const name = node.childForFieldName('name');
        const value = node.childForFieldName('value');
        const taint = value ? this.evaluate(value, env) : undefined;
        if (name) this.bindTarget(name, taint, env, node);
        return taint;
      }
      case 'assignment': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (!left || !right) return undefined;
        const taint = this.evaluate(right, env);
        const role = typeOf(pyUnwrapTaint(right)) === 'identifier' ? env.lookup(pyUnwrapTaint(right).text)?.role : undefined;
        this.bindTarget(left, taint, env, node, right, role);
        return taint;
      }
      case 'augmented_assignment': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const operator = node.childForFieldName('operator')?.text;
        if (!left || !right) return undefined;
        const taint = this.evaluate(right, env);
        const previous = this.evaluate(left, env);
        const joined = operator === '+=' || operator === '%=' || operator === '|=' ? joinTaints([previous, taint]) : undefined;
        this.bindTarget(left, joined, env, node);
        return joined;
      }
      case 'list_comprehension':
      case 'set_comprehension':
      case 'generator_expression':
      case 'dictionary_comprehension': {
        const inner = new Env(env);
        for (const clause of named(node)) {
          if (typeOf(clause) === 'for_in_clause') {
            const right = clause.childForFieldName('right');
            const left = clause.childForFieldName('left');
            const taint = right ? this.evaluate(right, inner) : undefined;
            if (left) this.bindTarget(left, taint, inner, clause);
          } else if (typeOf(clause) === 'if_clause') this.evaluateAll(named(clause), inner);
        }
        const body = node.childForFieldName('body');
        return body ? this.evaluate(body, inner) : undefined;
      }
      case 'lambda': {
        const body = node.childForFieldName('body');
        if (body) this.evaluate(body, new Env(env));
        return undefined;
      }
      default:
        return undefined;
    }
  }

  private evaluateAccess(node: Node, env: Env): Taint | undefined {
    const { base, properties } = chain(node);
    if (typeOf(base) === 'identifier') {
      const binding = env.lookup(base.text);
      const [first] = properties;
      if (binding?.role === 'request' && DJANGO_FIELDS.has(first)) return this.source(node);
      if (!binding && base.text === 'request' && this.flaskRequest && FLASK_FIELDS.has(first)) return this.source(node);
      if (!binding && base.text === 'sys' && first === 'argv') return this.source(node);
      // Django class-based views: `self.request.GET[…]`.
      if (base.text === 'self' && first === 'request' && DJANGO_FIELDS.has(properties[1] ?? '') && !this.flaskRequest) return this.source(node);
    }
    if (typeOf(node) === 'subscript') {
      const index = node.childForFieldName('subscript');
      if (index) this.evaluate(index, env);
      const value = node.childForFieldName('value');
      const taint = value ? this.evaluate(value, env) : undefined;
      return taint ? { ...taint, prefix: undefined } : undefined;
    }
    const object = node.childForFieldName('object');
    const taint = object ? this.evaluate(object, env) : undefined;
    return taint ? { ...taint, prefix: undefined } : undefined;
  }

  private evaluateCall(node: Node, env: Env): Taint | undefined {
    const callee = node.childForFieldName('function');
    const argumentList = node.childForFieldName('arguments');
    const args = argumentList ? named(argumentList) : [];
    if (!callee) return undefined;
    const calleeInner = pyUnwrapTaint(callee);
    const isMethod = typeOf(calleeInner) === 'attribute';
    const method = isMethod ? (calleeInner.childForFieldName('attribute')?.text ?? '') : '';
    const receiver = isMethod ? calleeInner.childForFieldName('object') : null;
    const name = dotted(calleeInner) ?? '';

    if (name === 'input' && !env.lookup('input')) {
      this.evaluateAll(args, env);
      return this.source(node);
    }
    if (receiver && this.flaskRequest && pyUnwrapTaint(receiver).text === 'request' && !env.lookup('request') && FLASK_METHODS.has(method)) return this.source(node);
    if (receiver && REQUEST_BODY_METHODS.has(method) && typeOf(pyUnwrapTaint(receiver)) === 'identifier' && env.lookup(pyUnwrapTaint(receiver).text)?.role === 'request') return this.source(node);

    const receiverTaint = receiver ? this.evaluate(receiver, env) : undefined;
    const argTaints = args.map((arg) => this.evaluate(arg, env));
    // `request.args.get("q")` reads better in messages than `request.args`.
    if (receiver && receiverTaint && receiverTaint.source.id === receiver.id && (method === 'get' || method === 'getlist')) return this.source(node);
    if (NUMERIC.test(name)) return undefined;
    const sanitised = sanitiserKinds(name);
    if (sanitised) {
      const input = joinTaints(argTaints);
      return input ? cleansedFor(input, sanitised) : undefined;
    }
    if (PASS_THROUGH.test(name)) {
      const joined = joinTaints(argTaints);
      return joined ? (name === 'str' ? asText({ ...joined, prefix: undefined }) : { ...joined, prefix: undefined }) : undefined;
    }
    if (isMethod && STRING_METHODS.has(method)) {
      const taint = joinTaints([receiverTaint, ...(ARGUMENT_METHODS.has(method) ? argTaints : [])]);
      if (!taint) return undefined;
      const receiverString = receiver && typeOf(pyUnwrapTaint(receiver)) === 'string' && !receiverTaint ? stringText(pyUnwrapTaint(receiver)) : undefined;
      const prefix = method === 'format' && receiverString !== undefined ? receiverString.split('{')[0] : undefined;
      // `.replace('\n', '')` removes line breaks: safe for logs.
      const cleansed = method === 'replace' && /\\[rn]/.test(args[0]?.text ?? '') ? cleansedFor(taint, ['log']) : taint;
      return method === 'get' || method === 'getlist' || method === 'pop' || method === 'values' || method === 'items' || method === 'copy' ? { ...cleansed, prefix } : asText({ ...cleansed, prefix });
    }
    const fn = typeOf(calleeInner) === 'identifier' && !env.lookup(name)?.taint ? this.functionsByName.get(name) : undefined;
    if (fn) return this.callSameFile(fn, node, name, args, argTaints);
    return undefined;
  }

  private callSameFile(fn: Node, call: Node, name: string, args: Node[], argTaints: Array<Taint | undefined>): Taint | undefined {
    const parameters = this.parametersOf(fn);
    // Positional arguments map to parameters by position, keyword arguments by name.
    const byParameter = new Map<number, Taint>();
    args.forEach((arg, index) => {
      const taint = argTaints[index];
      if (!taint) return;
      if (typeOf(arg) === 'keyword_argument') {
        const position = parameters.findIndex((parameter) => parameter.name === arg.childForFieldName('name')?.text);
        if (position >= 0) byParameter.set(position, taint);
      } else if (typeOf(arg) !== 'list_splat' && typeOf(arg) !== 'dictionary_splat' && index < parameters.length) byParameter.set(index, taint);
    });
    if (this.recorder.enabled) {
      for (const [index, taint] of byParameter) {
        let seed = this.seeds.get(fn.id);
        if (!seed) this.seeds.set(fn.id, (seed = { fn, parameters: new Map(), analysed: false }));
        if (seed.parameters.has(index)) continue;
        seed.parameters.set(index, withStep(taint, call, `passed to \`${name}()\` as \`${parameters[index].name}\``));
        seed.analysed = false;
      }
    }
    const summary = this.summaryOf(fn);
    const result = applySummary(summary, (index) => byParameter.get(index));
    return result ? withStep(result, call, `returned by \`${name}()\``) : undefined;
  }
}

/** A string: it cannot carry query operators (`{"$ne": None}`). */
function asText(taint: Taint): Taint {
  return taint.cleansed.has('nosql') ? taint : cleansedFor(taint, ['nosql']);
}

/** The literal content of a plain string (no interpolation), quotes and prefixes removed. */
function stringText(node: Node): string | undefined {
  const parts = named(node);
  if (parts.some((part) => typeOf(part) === 'interpolation')) return undefined;
  return parts.filter((part) => typeOf(part) === 'string_content').map((part) => part.text).join('');
}

function exits(block: Node): boolean {
  const last = typeOf(block) === 'block' ? named(block).at(-1) : block;
  if (!last) return false;
  if (['return_statement', 'raise_statement', 'continue_statement', 'break_statement'].includes(typeOf(last))) return true;
  return typeOf(last) === 'expression_statement' && /^(?:abort|flask\.abort|sys\.exit|exit)\(/.test(last.text);
}

/** Names an `if` condition vouches for (see walkIf). */
function guardedNames(condition: Node): { names: string[]; negated: boolean } {
  let inner = pyUnwrapTaint(condition);
  let negated = false;
  if (typeOf(inner) === 'not_operator') {
    negated = true;
    inner = pyUnwrapTaint(inner.childForFieldName('argument') ?? inner);
  }
  const names: string[] = [];
  const visit = (node: Node) => {
    const current = pyUnwrapTaint(node);
    if (typeOf(current) === 'boolean_operator' && current.childForFieldName('operator')?.text === 'and' && !negated) {
      named(current).forEach(visit);
      return;
    }
    if (typeOf(current) === 'comparison_operator') {
      const operators = current.children.filter((child) => child && !child.isNamed).map((child) => child!.text).join(' ');
      const [left, right] = named(current);
      if (!left || !right || typeOf(pyUnwrapTaint(left)) !== 'identifier') return;
      if (operators === 'in' && !negated) names.push(left.text);
      if (operators === 'not in') {
        negated = true;
        names.push(left.text);
      }
      if ((operators === '==' && !negated) && typeOf(pyUnwrapTaint(right)) === 'string') names.push(left.text);
      return;
    }
    if (typeOf(current) === 'call') {
      const callee = current.childForFieldName('function');
      const args = named(current.childForFieldName('arguments') ?? current);
      const method = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text;
      if (callee?.type === 'attribute' && /^(?:isdigit|isdecimal|isnumeric|isalnum|isalpha|isidentifier)$/.test(method ?? '')) {
        const object = callee.childForFieldName('object');
        if (object && typeOf(pyUnwrapTaint(object)) === 'identifier') names.push(object.text);
      } else if (/^(?:re\.fullmatch|re\.match|fullmatch|is_safe_url|url_has_allowed_host_and_scheme)$/.test(callee?.text ?? '') || /\.fullmatch$/.test(callee?.text ?? '')) {
        const subject = /is_safe_url|url_has_allowed/.test(callee?.text ?? '') ? args[0] : (args[1] ?? args[0]);
        const target = subject?.type === 'keyword_argument' ? subject.childForFieldName('value') : subject;
        if (target && typeOf(pyUnwrapTaint(target)) === 'identifier') names.push(pyUnwrapTaint(target).text);
      }
    }
  };
  visit(inner);
  return { names, negated };
}

/** `workLimit` bounds the nodes evaluated (tests lower it); past it the result says `truncated`. */
export function analysePython(root: Node, text: string, workLimit?: number): TaintAnalysis {
  const analyser = new PyAnalyser(text, workLimit);
  // A file that names no source and has no route handler has no flow: nothing to walk.
  if (!SOURCE_WORDS.test(text) && !ROUTE_IN_TEXT.test(text)) return analyser.recorder;
  analyser.run(root);
  return analyser.recorder;
}
