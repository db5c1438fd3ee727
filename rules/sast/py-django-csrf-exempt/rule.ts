import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { pyQualifiedName } from '../_shared/python';

const EXEMPT = new Set(['django.views.decorators.csrf.csrf_exempt', 'csrf_exempt']);

const rule: SastRule = {
  id: 'py-django-csrf-exempt',
  scanner: 'sast',
  title: 'Django view exempted from CSRF protection',
  severity: 'medium',
  confidence: 'medium',
  cwe: [352],
  tags: [OWASP.A01, 'csrf', 'django'],
  description:
    '`@csrf_exempt` switches off Django\'s CSRF check for a view, so another site can make a logged-in user\'s browser post to it. Keep CSRF protection on; exempt only endpoints that authenticate requests otherwise (a verified webhook signature, a token header without cookies).',
  languages: ['python'],
  detect(context) {
    if (!/csrf_exempt/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    for (const match of context.matches(`
      (decorator [(identifier) (attribute)] @name) @decorator
      (call function: [(identifier) (attribute)] @name) @call
      (call function: [(identifier) (attribute)] @wrapper arguments: (argument_list . [(identifier) (attribute)] @name)) @call`)) {
      const name = match.get('name')!;
      // `method_decorator(csrf_exempt, name="dispatch")` on a class-based view.
      const wrapper = match.get('wrapper');
      if (wrapper && !/(^|\.)method_decorator$/.test(wrapper.text)) continue;
      if (!/csrf_exempt$/.test(name.text)) continue;
      const qualified = pyQualifiedName(context, name);
      if (!qualified || !EXEMPT.has(qualified)) continue;
      const decorator = match.get('decorator');
      const call = match.get('call');
      // `csrf_exempt(view)` in urls.py; `@csrf_exempt` on the view; the decorator line of `@method_decorator(csrf_exempt, …)`.
      if (call && call.parent?.type === 'decorator' && !wrapper) continue;
      hits.push({
        node: wrapper && call?.parent?.type === 'decorator' ? call.parent : (decorator ?? call!),
        message: 'csrf_exempt turns off CSRF protection for this view, so other sites can post to it as the logged-in user; verify the request another way (a webhook signature) or keep the check',
      });
    }
    return hits;
  },
};

export default rule;
