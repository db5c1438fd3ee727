import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalleeName, jsCalls, jsIsConstant, jsIsShadowed, jsModuleBindings, jsResolve, jsUnwrap, type JsModuleBindings } from '../_shared/javascript';
import { flowHit, jsAssignments, staysOnSite, taintAnalysis } from '../_shared/taint';

const LOCATION = /^(?:(?:window|document|self|top)\.)?location$/;
const NEXT_ROUTER_MODULES = ['next/router', 'next/navigation'];

/**
 * The Next.js router: `useRouter()` imported from `next/router` or `next/navigation` (called in
 * place or held in a single-valued `const router = useRouter()`), or `next/router`'s default
 * export (`Router.push(…)`). Its `push()` and `replace()` navigate to any URL, other sites included.
 */
function isNextRouter(object: Node, next: JsModuleBindings, depth = 0): boolean {
  const inner = jsUnwrap(object);
  if (inner.type === 'identifier') {
    if (next.namespaces.has(inner.text) && !jsIsShadowed(inner)) return true;
    // `const a = b` chains are followed a few steps (a cycle `a = b, b = a` must end).
    const resolved = depth < 3 ? jsResolve(inner) : undefined;
    return resolved !== undefined && isNextRouter(resolved.value, next, depth + 1);
  }
  if (inner.type !== 'call_expression') return false;
  const callee = jsUnwrap(inner.childForFieldName('function') ?? inner);
  return callee.type === 'identifier' && next.members.get(callee.text) === 'useRouter' && !jsIsShadowed(callee);
}

/**
 * `v.startsWith('/') && !v.startsWith('//') ? v : '/'`: the untrusted branch is taken only for a
 * path on this site (a single leading slash; `//host` is another site). The other branch must be
 * constant. The engine does not read conditions of `?:`, so the rule does.
 */
function relativeOnlyTernary(target: Node | undefined): boolean {
  const inner = target && jsUnwrap(target);
  if (inner?.type !== 'ternary_expression') return false;
  const consequence = jsUnwrap(inner.childForFieldName('consequence') ?? inner);
  const alternative = inner.childForFieldName('alternative');
  const condition = inner.childForFieldName('condition')?.text.replace(/\s+/g, '');
  if (consequence.type !== 'identifier' || !alternative || !jsIsConstant(alternative) || !condition) return false;
  const name = consequence.text.replace(/[$]/g, '\\$');
  const slash = `${name}\\.startsWith\\((['"\`])/\\1\\)`;
  const doubleSlash = `!${name}\\.startsWith\\((['"\`])//\\2\\)`;
  return new RegExp(`^${slash}&&${doubleSlash}(?:&&|$)`).test(condition);
}

const rule: SastRule = {
  id: 'js-open-redirect',
  scanner: 'sast',
  title: 'Untrusted input chooses where the user is redirected',
  severity: 'medium',
  confidence: 'medium',
  cwe: [601],
  tags: [OWASP.A01, 'open-redirect', 'taint'],
  description:
    'Request or URL data reaches `res.redirect()`, Koa `ctx.redirect()`, or a browser navigation (`location = …`, `location.href = …`, `location.assign()/replace()`, `window.open()`, the Next.js router\'s `push()/replace()`): a link on your domain sends users to a phishing site, and a `javascript:` URL runs script. Redirect to paths you choose, or check the target against an allow-list.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    const advice = 'redirect to a local path or check the target against an allow-list';
    let next: JsModuleBindings | undefined;
    for (const { call, callee, arguments: args } of jsCalls(context)) {
      if (call.type !== 'call_expression') continue;
      const name = jsCalleeName(callee);
      const inner = jsUnwrap(callee);
      const object = inner.type === 'member_expression' ? jsUnwrap(inner.childForFieldName('object') ?? inner).text : '';
      let target;
      if (name === 'redirect' && /^(?:res|response|reply|ctx)$/.test(object)) target = args.at(-1);
      else if ((name === 'assign' || name === 'replace') && LOCATION.test(object)) target = args[0];
      else if (name === 'open' && /^(?:window)?$/.test(object) && inner.text !== 'open') target = args[0];
      else if ((name === 'push' || name === 'replace') && inner.type === 'member_expression' && isNextRouter(inner.childForFieldName('object') ?? inner, (next ??= jsModuleBindings(context, NEXT_ROUTER_MODULES)))) target = args[0];
      else continue;
      if (relativeOnlyTernary(target)) continue;
      const hit = flowHit(context, target, 'redirect', call, `\`${name}()\``, { advice, safe: staysOnSite });
      if (hit) hits.push(hit);
    }
    for (const { assignment, left, right } of jsAssignments(context)) {
      const text = jsUnwrap(left).text;
      if (!LOCATION.test(text) && !/^(?:(?:window|document|self|top)\.)?location\.href$/.test(text)) continue;
      const hit = flowHit(context, right, 'redirect', assignment, `\`${text}\``, { advice, safe: staysOnSite });
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
