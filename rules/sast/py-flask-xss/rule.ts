import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { lastName, pyCalls, pyPositional, pyUnwrap } from '../_shared/python';
import { flowHit, taintAnalysis } from '../_shared/taint';

/** Wrap their argument as a response body or as markup that Jinja will not escape. */
const SINKS = new Set(['make_response', 'Markup', 'Response']);
/** Return values that Flask serialises as JSON (or that are not bodies at all). */
const NOT_HTML = new Set(['dictionary', 'list', 'integer', 'true', 'false', 'none']);

function isJson(value: Node): boolean {
  const inner = pyUnwrap(value);
  if (NOT_HTML.has(inner.type)) return true;
  if (inner.type === 'call') return /(?:^|\.)(?:jsonify|dumps|render_template|redirect|abort|send_file|send_from_directory)$/.test(inner.childForFieldName('function')?.text ?? '');
  return false;
}

const rule: SastRule = {
  id: 'py-flask-xss',
  scanner: 'sast',
  title: 'Untrusted input is returned as HTML from a Flask view',
  severity: 'high',
  confidence: 'medium',
  cwe: [79],
  tags: [OWASP.A03, 'xss', 'flask', 'taint'],
  description:
    'Request data reaches the string a Flask view returns, `make_response()`, `Response()` or `Markup()`; Flask serves strings as text/html and `Markup` turns off Jinja escaping: cross-site scripting. Render a template with the value as a variable, or escape it with `markupsafe.escape()`.',
  languages: ['python'],
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    if (!/\bflask\b/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    const analysis = taintAnalysis(context);
    for (const { value, handler } of analysis.handlerReturns) {
      if (handler.type !== 'function_definition' || isJson(value)) continue;
      // `return body, 200` / `return body, 200, headers`: the body is the first item.
      const inner = pyUnwrap(value);
      const body = inner.type === 'tuple' || inner.type === 'expression_list' ? inner.namedChild(0) : value;
      if (!body || isJson(body)) continue;
      const hit = flowHit(context, body, 'html', value.parent ?? value, 'the HTML the view returns', { advice: 'render a template or escape it with markupsafe.escape()' });
      if (hit) hits.push(hit);
    }
    for (const { call, callee, arguments: argumentsNode } of pyCalls(context)) {
      const name = lastName(callee);
      if (!SINKS.has(name) || !argumentsNode) continue;
      const hit = flowHit(context, pyPositional(argumentsNode, 0), 'html', call, `\`${name}()\``, { advice: 'escape it with markupsafe.escape() or render a template' });
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
