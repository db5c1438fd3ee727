import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP, replace } from '../_shared/common';
import { jsAddProperties, jsBooleanValue, jsHasSpread, jsProperty } from '../_shared/js-objects';
import { jsCalls, jsModuleBindings, jsResolve, jsUnwrap } from '../_shared/javascript';
import type { TextEdit } from '../../../server/src/engine/types';

/** `res.cookie(…)` (Express), `reply.setCookie(…)` (Fastify): the response objects these frameworks name. */
const RESPONSE = /^(res|response|reply|ctx\.res|context\.res)$/;
const METHODS = new Set(['cookie', 'setCookie']);
const NEXT_RESPONSE_COOKIES = /^(res|response)\.cookies$/;

/** `cookies()`, `(await cookies())`, or a `const` holding either (Next.js 15 made `cookies()` async). */
function isCookieStore(node: Node | null): boolean {
  if (!node) return false;
  let inner = jsUnwrap(node);
  if (inner.type === 'identifier') {
    const value = jsResolve(inner)?.value;
    if (!value) return false;
    inner = jsUnwrap(value);
  }
  if (inner.type === 'await_expression') inner = jsUnwrap(inner.namedChild(0) ?? inner);
  return inner.type === 'call_expression' && inner.childForFieldName('function')?.text === 'cookies';
}

const rule: SastRule = {
  id: 'js-insecure-cookie',
  scanner: 'sast',
  title: 'Cookie set without the Secure or HttpOnly flag',
  severity: 'low',
  confidence: 'medium',
  cwe: [614, 1004],
  tags: [OWASP.A05, 'cookies'],
  description:
    'A cookie without `secure: true` is also sent over plain HTTP, where anyone on the network can read it; one without `httpOnly: true` can be read by any script on the page, so an XSS steals it. Set both (and `sameSite`) on cookies that carry sessions or tokens.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (!/ookie/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    const nextHeaders = jsModuleBindings(context, ['next/headers']);
    for (const candidate of jsCalls(context)) {
      const { call, callee } = candidate;
      const inner = jsUnwrap(callee);
      if (call.type !== 'call_expression' || inner.type !== 'member_expression') continue;
      const method = inner.childForFieldName('property')?.text;
      const receiver = inner.childForFieldName('object')?.text.replace(/\s+/g, '');
      if (!method || !receiver) continue;
      const express = METHODS.has(method) && RESPONSE.test(receiver);
      // Next.js: `cookies().set(…)` (next/headers) and `response.cookies.set(…)` (NextResponse). Not js-cookie's
      // browser-side `Cookies.set`, which cannot set HttpOnly at all.
      const next = method === 'set' && (NEXT_RESPONSE_COOKIES.test(receiver) || (nextHeaders.members.get('cookies') === 'cookies' && isCookieStore(inner.childForFieldName('object'))));
      if (!express && !next) continue;
      const args = candidate.arguments;
      if (args.some((argument) => argument.type === 'spread_element')) continue;
      // Next.js also takes one object: `cookies().set({ name, value, httpOnly, secure })`.
      const single = next && args.length === 1 ? jsUnwrap(args[0]) : undefined;
      if (single ? single.type !== 'object' || !jsProperty(single, 'name') : args.length < 2 || args.length > 3) continue;
      const options = single ?? (args[2] ? jsUnwrap(args[2]) : undefined);
      if (options && (options.type !== 'object' || jsHasSpread(options))) continue; // options built elsewhere: unknown
      const secure = options && jsProperty(options, 'secure');
      const httpOnly = options && jsProperty(options, 'httpOnly');
      const missing: string[] = [];
      const edits: TextEdit[] = [];
      if (!httpOnly) missing.push('httpOnly: true');
      if (!secure) missing.push('secure: true');
      const secureOff = secure && jsBooleanValue(secure) === false;
      if (secureOff) edits.push(replace(context, jsUnwrap(secure.childForFieldName('value')!), 'true'));
      if (missing.length === 0 && !secureOff) continue;
      if (missing.length > 0) {
        if (options) edits.push(jsAddProperties(context, options, missing));
        else {
          const last = args[1];
          edits.push({ range: context.file.rangeOf(last.endIndex, last.endIndex), newText: `, { ${missing.join(', ')} }` });
        }
      }
      const problems = [
        ...(secureOff ? ['secure: false'] : []),
        ...missing.map((flag) => `no ${flag.split(':')[0]}`),
      ];
      hits.push({
        node: call,
        message: `${receiver}.${method}() sets a cookie with ${problems.join(' and ')}: ${!secure || secureOff ? 'it travels over plain HTTP' : ''}${(!secure || secureOff) && !httpOnly ? ' and ' : ''}${!httpOnly ? 'page scripts can read it' : ''}; set secure and httpOnly`,
        fix: { title: 'Set secure and httpOnly', edits },
      });
    }
    return hits;
  },
};

export default rule;
