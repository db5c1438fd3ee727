import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalls, jsUnwrap } from '../_shared/javascript';
import { flowHit, flowHitFor, taintAnalysis } from '../_shared/taint';

/** Deep merges and path setters (lodash, jQuery, deepmerge, merge, dot-prop…): callee as written → arguments that carry keys. */
const MERGES: Array<{ callee: RegExp; from: number }> = [
  { callee: /^(?:_|lodash)\.(?:merge|mergeWith|defaultsDeep)$|^(?:merge|deepmerge|deepMerge|mergeDeep|defaultsDeep)$/, from: 1 },
  { callee: /^(?:_|lodash)\.(?:set|setWith|zipObjectDeep)$|^(?:set|setWith|dotProp\.set|objectPath\.set)$/, from: 1 },
  { callee: /^(?:\$|jQuery)\.extend$/, from: 1 },
];

const rule: SastRule = {
  id: 'js-prototype-pollution',
  scanner: 'sast',
  title: 'Untrusted keys can write to Object.prototype',
  severity: 'high',
  confidence: 'medium',
  cwe: [1321],
  tags: [OWASP.A08, 'prototype-pollution', 'taint'],
  description:
    'Request data chooses two levels of keys in `obj[a][b] = value`, or is deep-merged / path-set into an object (`_.merge`, `_.set`, `$.extend(true, …)`): `__proto__` or `constructor.prototype` as a key changes every object in the process. Reject those keys, use `Map` or `Object.create(null)`, or validate the shape first.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    const analysis = taintAnalysis(context);
    for (const write of analysis.keyedWrites) {
      const [outer, inner] = write.keys.slice(-2);
      if (write.keys.length < 2 || !outer || !inner || outer.cleansed.has('prototype') || inner.cleansed.has('prototype')) continue;
      hits.push(flowHitFor(outer, write.assignment, 'the keys of a nested assignment', 'reject `__proto__`, `constructor` and `prototype` keys or use a Map'));
    }
    for (const { call, callee, arguments: args } of jsCalls(context)) {
      const written = jsUnwrap(callee).text.replace(/\s+/g, '');
      const merge = MERGES.find((candidate) => candidate.callee.test(written));
      if (!merge || call.type !== 'call_expression') continue;
      const deep = !/extend$/.test(written) || jsUnwrap(args[0] ?? callee).type === 'true';
      if (!deep) continue;
      const sources = args.slice(/extend$/.test(written) ? 2 : merge.from);
      for (const source of sources) {
        const hit = flowHit(context, source, 'prototype', call, `\`${written.slice(written.lastIndexOf('.') + 1)}()\``, {
          advice: 'validate the object and drop `__proto__`/`constructor` keys before merging',
        });
        if (hit) {
          hits.push(hit);
          break;
        }
      }
    }
    return hits;
  },
};

export default rule;
