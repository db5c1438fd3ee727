import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP, replace } from '../_shared/common';
import { jsAddProperties, jsBooleanValue, jsHasSpread, jsProperty } from '../_shared/js-objects';
import { jsCalls, jsLiteralText, jsModuleBindings, jsModuleMember, jsResolve, jsUnwrap } from '../_shared/javascript';
import { isSecurityName, nameWords } from '../_shared/security-names';
import type { TextEdit } from '../../../server/src/engine/types';

/** `res.cookie(…)` (Express), `reply.setCookie(…)` (Fastify): the response objects these frameworks name. */
const RESPONSE = /^(res|response|reply|ctx\.res|context\.res)$/;
const METHODS = new Set(['cookie', 'setCookie']);
const NEXT_RESPONSE_COOKIES = /^(res|response)\.cookies$/;
/** Koa's cookie jar: `ctx.cookies.set(name, value, options)` (HttpOnly by default; Secure only when asked). */
const KOA_COOKIES = /^(ctx|context)\.cookies$/;
/** Words that make a cookie name a session or login cookie, beyond the security names of the randomness rules. */
const SESSION_COOKIE_WORDS = new Set(['session', 'sess', 'auth', 'jwt', 'remember', 'login', 'connect']);

/** True when a cookie name says it holds a session, a login or a token (`sid`, `session`, `auth_token`, `connect.sid`). */
function isSensitiveCookieName(name: string | undefined): boolean {
  if (name === undefined) return false;
  if (/^(?:csrf|xsrf)/i.test(name)) return false; // double-submit CSRF cookies are meant to be read by the page's script
  return isSecurityName(name) || nameWords(name).some((word) => SESSION_COOKIE_WORDS.has(word));
}

/** The cookie a `document.cookie = 'name=value; attributes'` string sets: its name and whether it says `Secure`. */
function documentCookie(value: Node): { name: string; secure: boolean } | undefined {
  const inner = jsUnwrap(value);
  if (inner.type !== 'string' && inner.type !== 'template_string') return undefined;
  const text = inner.text.slice(1, -1);
  const name = /^\s*([^=;\s$]+)=/.exec(text)?.[1];
  if (!name) return undefined;
  return { name, secure: /;\s*secure\s*(?:;|$)/i.test(text) };
}

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
    const cookieModule = jsModuleBindings(context, ['cookie']);
    for (const candidate of jsCalls(context)) {
      const { call, callee } = candidate;
      const inner = jsUnwrap(callee);
      if (call.type !== 'call_expression') continue;
      // The `cookie` package: `serialize(name, value, options)` builds a Set-Cookie header with no flags by default.
      const serialize = jsModuleMember(callee, ['cookie'], cookieModule) === 'serialize';
      if (inner.type !== 'member_expression' && !serialize) continue;
      const method = serialize ? 'serialize' : inner.childForFieldName('property')?.text;
      const receiver = serialize ? 'cookie' : inner.childForFieldName('object')?.text.replace(/\s+/g, '');
      if (!method || !receiver) continue;
      const koa = method === 'set' && KOA_COOKIES.test(receiver);
      const express = serialize || (METHODS.has(method) && RESPONSE.test(receiver));
      // Next.js: `cookies().set(…)` (next/headers) and `response.cookies.set(…)` (NextResponse). Not js-cookie's
      // browser-side `Cookies.set`, which cannot set HttpOnly at all.
      const next = method === 'set' && (NEXT_RESPONSE_COOKIES.test(receiver) || (nextHeaders.members.get('cookies') === 'cookies' && isCookieStore(inner.childForFieldName('object'))));
      if (!express && !next && !koa) continue;
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
      // Koa's jar sets HttpOnly unless told otherwise and Secure from the connection: only explicit `false`s count there.
      if (!httpOnly && !koa) missing.push('httpOnly: true');
      if (!secure && !koa) missing.push('secure: true');
      const secureOff = secure && jsBooleanValue(secure) === false;
      if (secureOff) edits.push(replace(context, jsUnwrap(secure.childForFieldName('value')!), 'true'));
      // `httpOnly: false` is a decision for a cookie the page's script reads (a theme); not for a session or token cookie.
      const cookieName = single ? jsLiteralText(jsProperty(single, 'name')?.childForFieldName('value') ?? single) : args[0] && jsLiteralText(args[0]);
      const httpOnlyOff = !!httpOnly && jsBooleanValue(httpOnly) === false && isSensitiveCookieName(cookieName);
      if (httpOnlyOff) edits.push(replace(context, jsUnwrap(httpOnly.childForFieldName('value')!), 'true'));
      if (missing.length === 0 && !secureOff && !httpOnlyOff) continue;
      if (missing.length > 0) {
        if (options) edits.push(jsAddProperties(context, options, missing));
        else {
          const last = args[1];
          edits.push({ range: context.file.rangeOf(last.endIndex, last.endIndex), newText: `, { ${missing.join(', ')} }` });
        }
      }
      const problems = [
        ...(secureOff ? ['secure: false'] : []),
        ...(httpOnlyOff ? ['httpOnly: false'] : []),
        ...missing.map((flag) => `no ${flag.split(':')[0]}`),
      ];
      const plainHttp = missing.includes('secure: true') || !!secureOff;
      const readable = missing.includes('httpOnly: true') || httpOnlyOff;
      hits.push({
        node: call,
        message: `${receiver}.${method}() sets a cookie with ${problems.join(' and ')}: ${plainHttp ? 'it travels over plain HTTP' : ''}${plainHttp && readable ? ' and ' : ''}${readable ? 'page scripts can read it' : ''}; set secure and httpOnly`,
        fix: { title: 'Set secure and httpOnly', edits },
      });
    }
    // `document.cookie = 'session=…'` from the page: it can never be HttpOnly, and without `Secure` it also goes over plain HTTP.
    if (/document\.cookie/.test(context.file.text)) {
      for (const match of context.matches(`(assignment_expression left: (member_expression) @left right: (_) @right) @assignment`)) {
        if (match.get('left')!.text.replace(/\s+/g, '') !== 'document.cookie') continue;
        const assignment = match.get('assignment')!;
        const cookie = documentCookie(match.get('right')!);
        if (!cookie || cookie.secure || !isSensitiveCookieName(cookie.name)) continue;
        hits.push({ node: assignment, message: `document.cookie sets the ${cookie.name} cookie without Secure, so it travels over plain HTTP (and script-written cookies are never HttpOnly); set it from the server with secure and httpOnly` });
      }
    }
    return hits;
  },
};

export default rule;
