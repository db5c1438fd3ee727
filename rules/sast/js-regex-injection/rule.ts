import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalls, jsUnwrap } from '../_shared/javascript';
import { flowHitFor, taintAnalysis } from '../_shared/taint';

/** Constructors that compile their first argument as a pattern: `new RegExp(x)`, `RegExp(x)`. */
const REGEXP = /^(?:RegExp|globalThis\.RegExp|window\.RegExp)$/;

const rule: SastRule = {
  id: 'js-regex-injection',
  scanner: 'sast',
  title: 'Untrusted input compiled as a regular expression',
  severity: 'medium',
  confidence: 'medium',
  cwe: [1333, 400],
  tags: [OWASP.A03, 'redos', 'taint'],
  description:
    'Request data reaches `new RegExp(…)` as the pattern, so the client writes the regular expression: a pattern such as `(a+)+$` takes exponential time on a short input and blocks the event loop for every user, and metacharacters change what the match accepts. Escape the text first (`escape-string-regexp`, lodash `escapeRegExp`) or match with `includes()`.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (!/RegExp/.test(context.file.text)) return [];
    const analysis = taintAnalysis(context);
    if (analysis.empty) return [];
    const hits: SastHit[] = [];
    for (const { callee, call, arguments: args } of jsCalls(context)) {
      if (!REGEXP.test(jsUnwrap(callee).text.replace(/\s+/g, '')) || !args[0]) continue;
      // Only escaping for patterns counts (escape-string-regexp, lodash escapeRegExp, the MDN `replace` idiom):
      // HTML or URL encoding keeps `(`, `+`, `*`.
      const taint = analysis.reaching(jsUnwrap(args[0]), 'regex');
      if (!taint) continue;
      hits.push(flowHitFor(taint, call, 'the pattern of `RegExp()`', 'escape it (escape-string-regexp, lodash escapeRegExp) or match with includes()'));
    }
    return hits;
  },
};

export default rule;
