import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { lastName, pyCalls, pyPositional } from '../_shared/python';
import { flowHit, staysOnSite, taintAnalysis } from '../_shared/taint';

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
