import type { Node, SastContext, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { lastName, pyCalls, pyPositional, pyUnwrap } from '../_shared/python';
import { flowHit, taintAnalysis, type Taint } from '../_shared/taint';

/** PyMongo / Motor collection methods whose first argument is a query filter. */
const FILTER_METHODS = new Set([
  'find', 'find_one', 'find_one_and_update', 'find_one_and_delete', 'find_one_and_replace', 'update_one', 'update_many', 'delete_one',
  'delete_many', 'replace_one', 'count_documents', 'distinct',
]);
/** Request data parsed from JSON can hold dictionaries; form fields, query strings and route parameters are strings. */
const STRUCTURED = /^request\.(?:json|get_json|data|body)|^request\.get_json|json\.loads/;
const structured = (taint: Taint) => STRUCTURED.test(taint.label);

function filterHit(context: SastContext, filter: Node, call: Node, method: string): SastHit | undefined {
  const inner = pyUnwrap(filter);
  const advice = 'cast each value to the type you expect (str(), int()) before it enters the query';
  if (inner.type === 'dictionary') {
    for (const pair of inner.namedChildren) {
      if (pair?.type !== 'pair') continue;
      const key = pair.childForFieldName('key')?.text.replace(/^['"]|['"]$/g, '');
      const value = pair.childForFieldName('value');
      if (!value) continue;
      if (key === '$where') {
        const hit = flowHit(context, value, 'code', call, `\`$where\` of \`${method}()\``, { advice: 'query fields with operators instead of $where' });
        if (hit) return hit;
        continue;
      }
      const taint = taintAnalysis(context).reaching(value, 'nosql');
      if (taint && structured(taint)) return flowHit(context, value, 'nosql', call, `a field of the \`${method}()\` filter`, { advice });
    }
    return undefined;
  }
  return flowHit(context, filter, 'nosql', call, `the \`${method}()\` filter`, { advice, safe: (taint) => !structured(taint) });
}

const rule: SastRule = {
  id: 'py-nosql-injection',
  scanner: 'sast',
  title: 'Untrusted input shapes a MongoDB query',
  severity: 'high',
  confidence: 'medium',
  cwe: [943],
  tags: [OWASP.A03, 'nosql-injection', 'taint'],
  description:
    'JSON from the request becomes a PyMongo filter or a field of one, so `{"$ne": null}` changes what the query matches (login bypass), or reaches `$where`, which runs JavaScript in the database. Cast values with `str()`/`int()` before they enter the query.',
  languages: ['python'],
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    for (const { call, callee, arguments: argumentsNode } of pyCalls(context)) {
      const method = lastName(callee);
      if (!FILTER_METHODS.has(method) || callee.type !== 'attribute' || !argumentsNode) continue;
      const filter = pyPositional(argumentsNode, method === 'distinct' ? 1 : 0);
      // `str.find(sub)`, `re.find…`: only dictionaries or variables can be filters.
      if (!filter || pyUnwrap(filter).type === 'string') continue;
      const hit = filterHit(context, filter, call, method);
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
