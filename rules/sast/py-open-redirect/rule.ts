import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { lastName, pyCalls, pyIsConstant, pyPositional, pyUnwrap } from '../_shared/python';
import { flowHit, staysOnSite, taintAnalysis } from '../_shared/taint';

/** Django's checks that a redirect target stays on an allowed host (`is_safe_url` before Django 3.0). */
const HOST_CHECK = /^(?:url_has_allowed_host_and_scheme|is_safe_url)$/;

/**
 * `if not url_has_allowed_host_and_scheme(target, …): target = "/"` earlier in the same function:
 * the target is replaced by a constant when the check fails. (The engine already accepts the
 * forms that leave the function — `return`, `raise`, `abort()` — and the `if check(target):` branch.)
 */
function replacedWhenUnsafe(target: Node | undefined, call: Node): boolean {
  const inner = target && pyUnwrap(target);
  if (inner?.type !== 'identifier') return false;
  let fn: Node | null = call.parent;
  while (fn && fn.type !== 'function_definition') fn = fn.parent;
  const body = fn?.childForFieldName('body');
  if (!body) return false;
  return body.descendantsOfType('if_statement').some((statement) => {
    if (!statement || statement.endIndex > call.startIndex || statement.namedChildren.some((child) => child?.type === 'elif_clause' || child?.type === 'else_clause')) return false;
    const condition = pyUnwrap(statement.childForFieldName('condition') ?? statement);
    const checked = condition.type === 'not_operator' ? pyUnwrap(condition.childForFieldName('argument') ?? condition) : undefined;
    const callee = checked?.type === 'call' ? checked.childForFieldName('function') : undefined;
    const first = checked?.childForFieldName('arguments')?.namedChild(0);
    if (!callee || !HOST_CHECK.test(lastName(callee)) || !first || pyUnwrap(first).text !== inner.text) return false;
    const statements = statement.childForFieldName('consequence')?.namedChildren.filter((child): child is Node => !!child && child.type !== 'comment') ?? [];
    return statements.some((child) => {
      const assignment = child.type === 'expression_statement' ? child.namedChild(0) : undefined;
      const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : undefined;
      const right = assignment?.childForFieldName('right');
      return left?.text === inner.text && !!right && pyIsConstant(right);
    });
  });
}

/** Flask/Django/FastAPI redirects: their first argument is the target. */
const REDIRECTS = new Set(['redirect', 'HttpResponseRedirect', 'HttpResponsePermanentRedirect', 'RedirectResponse']);

const rule: SastRule = {
  id: 'py-open-redirect',
  scanner: 'sast',
  title: 'Untrusted input chooses where the user is redirected',
  severity: 'medium',
  confidence: 'medium',
  cwe: [601],
  tags: [OWASP.A01, 'open-redirect', 'taint'],
  description:
    'Request data reaches Flask/Django `redirect()`, `HttpResponseRedirect` or Starlette `RedirectResponse`: a link on your domain sends users to a phishing site. Redirect to `url_for()`/named routes, or check the target with `url_has_allowed_host_and_scheme()`.',
  languages: ['python'],
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    for (const { call, callee, arguments: argumentsNode } of pyCalls(context)) {
      const name = lastName(callee);
      if (!REDIRECTS.has(name) || !argumentsNode) continue;
      const target = pyPositional(argumentsNode, 0) ?? argumentsNode.namedChildren.find((argument) => argument?.type === 'keyword_argument' && /^(?:url|location|redirect_to)$/.test(argument.childForFieldName('name')?.text ?? ''))?.childForFieldName('value') ?? undefined;
      if (replacedWhenUnsafe(target, call)) continue;
      const hit = flowHit(context, target, 'redirect', call, `\`${name}()\``, {
        advice: 'redirect to url_for()/a named route or check it with url_has_allowed_host_and_scheme()',
        safe: staysOnSite,
      });
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
