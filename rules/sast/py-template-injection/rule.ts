import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { lastName, pyCalls, pyPositional } from '../_shared/python';
import { flowHit, taintAnalysis } from '../_shared/taint';

/** Compile their first argument as a template (Jinja2, Flask, Mako, Django). */
const SINKS = new Set(['render_template_string', 'from_string', 'Template']);

const rule: SastRule = {
  id: 'py-template-injection',
  scanner: 'sast',
  title: 'Untrusted input is compiled as a template',
  severity: 'critical',
  confidence: 'high',
  cwe: [1336, 94],
  tags: [OWASP.A03, 'template-injection', 'ssti', 'taint'],
  description:
    'Request data becomes the source of a template (`render_template_string()`, `Environment.from_string()`, `jinja2.Template()`, Mako or Django `Template()`): template syntax in it runs on the server (server-side template injection, often remote code execution). Keep templates constant and pass the data as variables.',
  languages: ['python'],
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    for (const { call, callee, arguments: argumentsNode } of pyCalls(context)) {
      const name = lastName(callee);
      if (!SINKS.has(name) || !argumentsNode) continue;
      // `string.Template` substitutes `$names` only; it runs no code.
      if (name === 'Template' && /^string\./.test(callee.text)) continue;
      const hit = flowHit(context, pyPositional(argumentsNode, 0), 'code', call, `the template source of \`${name}()\``, {
        advice: 'keep the template constant and pass the value as a variable',
      });
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
