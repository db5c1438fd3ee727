import type { Node, SastContext, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalleeName, jsCalls, jsModuleBindings, jsModuleMember, jsUnwrap } from '../_shared/javascript';
import { flowHit, taintAnalysis, type Taint } from '../_shared/taint';

/** MongoDB driver and Mongoose methods whose first argument is a query filter. */
const FILTER_METHODS = new Set([
  'find', 'findOne', 'findOneAndUpdate', 'findOneAndDelete', 'findOneAndReplace', 'findOneAndRemove', 'updateOne', 'updateMany',
  'deleteOne', 'deleteMany', 'replaceOne', 'countDocuments', 'count', 'exists', 'where', 'remove',
]);
/** Request fields parsed from JSON or `qs` (`?a[$ne]=1`), so they can hold objects; route params and headers are strings. */
const STRUCTURED = /^(?:req|request|ctx)\.(?:body|query)|^ctx\.request\.(?:body|query)|^req\.body|^req\.query|^event\.data/;

const structured = (taint: Taint) => STRUCTURED.test(taint.label);

/** Packages that strip `$`-keys from a value: `mongo-sanitize` (the module is the function) and `express-mongo-sanitize`'s `sanitize`. */
const SANITISER_MODULES = ['mongo-sanitize', 'express-mongo-sanitize'];
const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'function', 'arrow_function', 'method_definition']);
const EXITS = new Set(['return_statement', 'throw_statement']);

/**
 * True when the untrusted value was read inside a call of an operator-stripping sanitiser
 * imported under any name (`const sanitize = require('mongo-sanitize')`). The engine knows these
 * by their usual names only, and takes a plain `sanitize()` for an HTML sanitiser.
 */
function strippedOfOperators(context: SastContext, taint: Taint): boolean {
  const bindings = jsModuleBindings(context, SANITISER_MODULES);
  if (bindings.namespaces.size === 0 && bindings.members.size === 0) return false;
  for (let node = taint.source.parent; node && !FUNCTIONS.has(node.type) && node.type !== 'program'; node = node.parent) {
    if (node.type !== 'call_expression') continue;
    const callee = jsUnwrap(node.childForFieldName('function') ?? node);
    if (callee.type === 'identifier' && bindings.namespaces.has(callee.text)) return true;
    if (jsModuleMember(callee, SANITISER_MODULES, bindings) === 'sanitize') return true;
  }
  return false;
}

/** `typeof x !== 'string'` / `typeof x != "string"` (and `'string' !== typeof x`). */
function rejectsNonString(condition: Node, name: string): boolean {
  const text = condition.text.replace(/\s+/g, ' ');
  const escaped = name.replace(/[$]/g, '\\$');
  return new RegExp(`typeof ${escaped} !==? ['"\`]string['"\`]|['"\`]string['"\`] !==? typeof ${escaped}\\b`).test(text);
}

/**
 * True when a string check on the variable guards the call: an earlier `if (typeof x !== 'string') return …;`
 * (or `throw`) in the same function. A string cannot carry `$ne` / `$gt` operators.
 */
function checkedAsString(value: Node, call: Node): boolean {
  const inner = jsUnwrap(value);
  if (inner.type !== 'identifier' && inner.type !== 'shorthand_property_identifier') return false;
  let fn: Node | null = call.parent;
  while (fn && !FUNCTIONS.has(fn.type)) fn = fn.parent;
  const body = fn?.childForFieldName('body');
  if (!body) return false;
  return body.descendantsOfType('if_statement').some((statement) => {
    if (!statement || statement.startIndex >= call.startIndex || statement.childForFieldName('alternative')) return false;
    const condition = statement.childForFieldName('condition');
    const consequence = statement.childForFieldName('consequence');
    if (!condition || !consequence || !rejectsNonString(condition, inner.text)) return false;
    const last = consequence.type === 'statement_block' ? consequence.namedChildren.filter((child) => child?.type !== 'comment').at(-1) : consequence;
    return !!last && EXITS.has(last.type);
  });
}

/** `{ $where: … }` values run as JavaScript inside the database. */
function whereClause(filter: Node): Node | undefined {
  for (const pair of filter.namedChildren) {
    if (pair?.type === 'pair' && pair.childForFieldName('key')?.text.replace(/['"]/g, '') === '$where') return pair.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

function filterHit(context: SastContext, filter: Node, call: Node, method: string): SastHit | undefined {
  const inner = jsUnwrap(filter);
  const advice = 'cast each value to the type you expect (String(), Number()) or strip operators with mongo-sanitize';
  if (inner.type === 'object') {
    const where = whereClause(inner);
    const code = where && flowHit(context, where, 'code', call, `\`$where\` of \`${method}()\``, { advice: 'query fields with operators instead of $where' });
    if (code) return code;
    // A field's value straight from the body may be an object: `{ password: { $ne: null } }`.
    for (const pair of inner.namedChildren) {
      const value = pair?.type === 'pair' ? pair.childForFieldName('value') : pair?.type === 'shorthand_property_identifier' ? pair : undefined;
      if (!value) continue;
      const taint = taintAnalysis(context).reaching(value, 'nosql');
      if (!taint || !structured(taint) || strippedOfOperators(context, taint) || checkedAsString(value, call)) continue;
      return flowHit(context, value, 'nosql', call, `a field of the \`${method}()\` filter`, { advice });
    }
    return undefined;
  }
  return flowHit(context, filter, 'nosql', call, `the \`${method}()\` filter`, { advice, safe: (taint) => !structured(taint) || strippedOfOperators(context, taint) });
}

const rule: SastRule = {
  id: 'js-nosql-injection',
  scanner: 'sast',
  title: 'Untrusted input shapes a MongoDB query',
  severity: 'high',
  confidence: 'medium',
  cwe: [943],
  tags: [OWASP.A03, 'nosql-injection', 'taint'],
  description:
    'A JSON or query-string value from the request becomes a MongoDB/Mongoose filter or a field of one, so `{"$ne": null}` or `{"$gt": ""}` changes what the query matches (login bypass), or reaches `$where`, which runs JavaScript. Cast values to strings or numbers, or sanitise with mongo-sanitize.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    for (const { call, callee, arguments: args } of jsCalls(context)) {
      const method = jsCalleeName(callee);
      // Mongoose's query builder: `Model.find().$where('this.price < ' + max)` runs the string as JavaScript in the database.
      if (method === '$where' && call.type === 'call_expression' && jsUnwrap(callee).type === 'member_expression' && args[0]) {
        const hit = flowHit(context, args[0], 'code', call, '`$where()`', { advice: 'query fields with operators instead of $where' });
        if (hit) hits.push(hit);
        continue;
      }
      if (!FILTER_METHODS.has(method) || call.type !== 'call_expression' || jsUnwrap(callee).type !== 'member_expression' || !args[0]) continue;
      // `[].find(fn)`, `str.find`…: a callback is no filter.
      if (/function|arrow_function/.test(jsUnwrap(args[0]).type)) continue;
      const hit = filterHit(context, args[0], call, method);
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
