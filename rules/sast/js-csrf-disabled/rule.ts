import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { isDevelopmentPath } from '../_shared/dev-paths';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsBooleanValue, jsPairKey, jsProperty } from '../_shared/js-objects';
import { jsCalleeName, jsCalls, jsLiteralText, jsResolve, jsUnwrap } from '../_shared/javascript';
import type { Node } from '../../../server/src/engine/scanners/sast/rule';

/** Option names under which web frameworks switch CSRF protection (lusca, Sails, AdonisJS shield, Nuxt/Next security modules). */
const CSRF_KEYS = new Set(['csrf', 'csrfProtection', 'xsrf']);
/** The list of methods a CSRF middleware does not check: `ignoreMethods` (csurf), `ignoredMethods` (csrf-csrf, csrf-sync). */
const IGNORED_METHOD_KEYS = new Set(['ignoreMethods', 'ignoredMethods']);
/** Methods that change state: exempting one of them from the token check is exempting the requests CSRF is about. */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Express 3 / Connect middleware factories: `express.csrf()`, `csurf()`, and `methodOverride()`. */
const CSRF_FACTORY = /^(?:csrf|csurf)$/;
const METHOD_OVERRIDE = /^methodOverride$/;

/** The state-changing methods an ignored-methods array literal lists (following a single-valued `const`). */
function stateChangingMethods(value: Node): string[] {
  let inner = jsUnwrap(value);
  if (inner.type === 'identifier') inner = jsUnwrap(jsResolve(inner)?.value ?? inner);
  if (inner.type !== 'array') return [];
  return inner.namedChildren
    .map((element) => (element ? jsLiteralText(element)?.toUpperCase() : undefined))
    .filter((method): method is string => method !== undefined && STATE_CHANGING.has(method));
}

/** `receiver.use(factory(…))`: the receiver's text and the factory's name, for middleware order checks. */
function middlewareUse(call: Node, callee: Node, args: Node[]): { receiver: string; factory: string } | undefined {
  const inner = jsUnwrap(callee);
  if (inner.type !== 'member_expression' || inner.childForFieldName('property')?.text !== 'use' || args.length !== 1) return undefined;
  const argument = jsUnwrap(args[0]);
  const factory = argument.type === 'call_expression' ? argument.childForFieldName('function') : undefined;
  if (!factory || call.type !== 'call_expression') return undefined;
  return { receiver: inner.childForFieldName('object')!.text, factory: jsCalleeName(factory) };
}

const rule: SastRule = {
  id: 'js-csrf-disabled',
  scanner: 'sast',
  title: 'CSRF protection switched off',
  severity: 'medium',
  confidence: 'medium',
  cwe: [352],
  tags: [OWASP.A01, 'csrf'],
  description:
    'A `csrf: false` option (lusca, Sails, AdonisJS shield `csrf: { enabled: false }`, …), an `ignoreMethods` / `ignoredMethods` list with POST, PUT, PATCH or DELETE (csurf, csrf-csrf), or `methodOverride()` registered after `csrf()` turns off the check that a state-changing request came from your own pages, so another site can make a logged-in user\'s browser submit forms for them. Keep CSRF protection on, or rely on SameSite cookies and token-based auth deliberately.',
  languages: JS_LANGUAGES,
  detect(context) {
    // Tests post forms without tokens: test code is not judged.
    if (!/csrf|xsrf/i.test(context.file.text) || isDevelopmentPath(context.file.path)) return [];
    const hits: SastHit[] = [];
    for (const match of context.matches(`(pair key: [(property_identifier) (string)] value: (_) @value) @pair`)) {
      const pair = match.get('pair')!;
      const key = jsPairKey(pair);
      if (key && IGNORED_METHOD_KEYS.has(key)) {
        const methods = stateChangingMethods(match.get('value')!);
        if (methods.length > 0) {
          hits.push({ node: pair, message: `${key} lists ${methods.join(', ')}, so the CSRF token is not checked on state-changing requests; ignore only GET, HEAD and OPTIONS` });
        }
        continue;
      }
      if (!key || !CSRF_KEYS.has(key)) continue;
      const value = jsUnwrap(match.get('value')!);
      if (jsBooleanValue(pair) === false) {
        hits.push({ node: pair, message: `${key}: false switches CSRF protection off, so other sites can submit requests as a logged-in user; keep it on` });
      } else if (value.type === 'object') {
        const enabled = jsProperty(value, 'enabled');
        if (enabled && jsBooleanValue(enabled) === false) {
          hits.push({ node: enabled, message: `${key}.enabled: false switches CSRF protection off, so other sites can submit requests as a logged-in user; keep it on` });
        }
      }
    }
    // Connect's `methodOverride()` registered after the CSRF check can turn a request the check skipped (a GET) into a POST or DELETE.
    const csrfAt = new Map<string, number>();
    for (const { call, callee, arguments: args } of jsCalls(context)) {
      if (!/\.use\b/.test(callee.text)) continue;
      const use = middlewareUse(call, callee, args);
      if (!use) continue;
      if (CSRF_FACTORY.test(use.factory)) {
        if (!csrfAt.has(use.receiver)) csrfAt.set(use.receiver, call.startIndex);
      } else if (METHOD_OVERRIDE.test(use.factory) && (csrfAt.get(use.receiver) ?? Infinity) < call.startIndex) {
        hits.push({ node: call, message: 'methodOverride() runs after the CSRF middleware, so a request the CSRF check skipped as a GET can be handled as a POST or DELETE afterwards; register methodOverride() before csrf()' });
      }
    }
    return hits;
  },
};

export default rule;
