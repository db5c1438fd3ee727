import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { lastName, pyCalls, pyKeyword, pyPositional } from '../_shared/python';
import { flowHit, taintAnalysis } from '../_shared/taint';

/** Mark their argument as safe HTML, or send it as an HTML response body. */
const SAFE_MARKERS = new Set(['mark_safe', 'SafeString', 'SafeText', 'format_html', 'HttpResponse', 'HttpResponseBadRequest', 'HttpResponseNotFound', 'HttpResponseForbidden', 'HttpResponseServerError']);

const rule: SastRule = {
  id: 'py-django-xss',
  scanner: 'sast',
  title: 'Untrusted input is marked safe or sent as HTML by Django',
  severity: 'high',
  confidence: 'medium',
  cwe: [79],
  tags: [OWASP.A03, 'xss', 'django', 'taint'],
  description:
    'Request data reaches `mark_safe()`/`SafeString()` (which switch off template escaping), the format string of `format_html()`, or the body of an `HttpResponse` served as text/html: cross-site scripting. Render a template, use `format_html("{}", value)`, or `escape()` the value.',
  languages: ['python'],
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    for (const { call, callee, arguments: argumentsNode } of pyCalls(context)) {
      const name = lastName(callee);
      if (!SAFE_MARKERS.has(name) || !argumentsNode) continue;
      // An explicit non-HTML content type is not rendered by the browser.
      const contentType = pyKeyword(argumentsNode, 'content_type')?.childForFieldName('value')?.text;
      if (name.startsWith('HttpResponse') && contentType && !/html/.test(contentType)) continue;
      const hit = flowHit(context, pyPositional(argumentsNode, 0), 'html', call, `\`${name}()\``, {
        advice: name === 'format_html' ? 'keep the format string constant and pass the value as an argument' : 'escape it or render a template',
      });
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
