import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalleeName, jsCalls, jsUnwrap } from '../_shared/javascript';
import { flowHit, jsAssignments, taintAnalysis } from '../_shared/taint';

/** Response methods that write their argument into the body as is (text/html for strings in Express). */
const WRITE_METHODS = new Set(['send', 'write', 'end']);
const RESPONSE = /^(?:res|response|reply|resp)$/;

const rule: SastRule = {
  id: 'js-xss-response',
  scanner: 'sast',
  title: 'Untrusted input is written into an HTML response',
  severity: 'high',
  confidence: 'medium',
  cwe: [79],
  tags: [OWASP.A03, 'xss', 'taint'],
  description:
    'Request data reaches `res.send()`/`res.write()`/`res.end()` (Express, Node http, Fastify `reply.send`) or Koa `ctx.body`, which the browser renders as HTML: reflected cross-site scripting. Render through an escaping template, send JSON with `res.json()`, or escape the value.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    for (const { call, callee, arguments: args } of jsCalls(context)) {
      const method = jsCalleeName(callee);
      const inner = jsUnwrap(callee);
      if (!WRITE_METHODS.has(method) || inner.type !== 'member_expression' || call.type !== 'call_expression') continue;
      const receiver = jsUnwrap(inner.childForFieldName('object') ?? inner);
      // `res.status(200).send(x)` as well as `res.send(x)`.
      const base = receiver.type === 'call_expression' ? jsUnwrap(receiver.childForFieldName('function')?.childForFieldName('object') ?? receiver) : receiver;
      if (!RESPONSE.test(base.text)) continue;
      const body = args[0];
      // Objects and arrays are sent as JSON.
      if (!body || ['object', 'array'].includes(jsUnwrap(body).type)) continue;
      const hit = flowHit(context, body, 'html', call, `the response body of \`${method}()\``, { advice: 'escape it or render it through a template' });
      if (hit) hits.push(hit);
    }
    for (const { assignment, left, right } of jsAssignments(context)) {
      if (left.type !== 'member_expression' || !/^ctx\.(?:body|response\.body)$/.test(left.text)) continue;
      // Koa sends an object or array body as JSON (application/json), like res.json().
      if (['object', 'array'].includes(jsUnwrap(right).type)) continue;
      const hit = flowHit(context, right, 'html', assignment, '`ctx.body`', { advice: 'escape it or render it through a template' });
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
