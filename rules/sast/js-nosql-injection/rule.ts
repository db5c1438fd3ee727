import type { Node, SastContext, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalleeName, jsCalls, jsUnwrap } from '../_shared/javascript';
import { flowHit, taintAnalysis, type Taint } from '../_shared/taint';

/** MongoDB driver and Mongoose methods whose first argument is a query filter. */
const FILTER_METHODS = new Set([
  'find', 'findOne', 'findOneAndUpdate', 'findOneAndDelete', 'findOneAndReplace', 'findOneAndRemove', 'updateOne', 'updateMany',
  'deleteOne', 'deleteMany', 'replaceOne', 'countDocuments', 'count', 'exists', 'where', 'remove',
]);
/** Request fields parsed from JSON or `qs` (`?a[$ne]=1`), so they can hold objects; route params and headers are strings. */
const STRUCTURED = /^(?:req|request|ctx)\.(?:body|query)|^ctx\.request\.(?:body|query)|^req\.body|^req\.query|^event\.data/;

const structured = (taint: Taint) => STRUCTURED.test(taint.label);

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
      if (taint && structured(taint)) return flowHit(context, value, 'nosql', call, `a field of the \`${method}()\` filter`, { advice });
    }
    return undefined;
  }
  return flowHit(context, filter, 'nosql', call, `the \`${method}()\` filter`, { advice, safe: (taint) => !structured(taint) });
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
