import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { pyArgument, pyCallsTo } from '../_shared/python';
import { flowHit, taintAnalysis } from '../_shared/taint';

const SINKS = new Set(['eval', 'exec', 'compile', 'builtins.eval', 'builtins.exec', 'builtins.compile']);
const LAST_NAMES = new Set(['eval', 'exec', 'compile']);

const rule: SastRule = {
  id: 'py-code-injection',
  scanner: 'sast',
  title: 'Untrusted input is run as code',
  severity: 'critical',
  confidence: 'high',
  cwe: [94, 95],
  tags: [OWASP.A03, 'code-injection', 'taint'],
  description:
    'Request, command-line or `input()` data reaches `eval()`, `exec()` or `compile()`, which run it as Python with the full power of the process. Parse data with `ast.literal_eval()` or `json.loads()`.',
  languages: ['python'],
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    for (const { call, name, arguments: argumentsNode } of pyCallsTo(context, LAST_NAMES)) {
      if (!name || !argumentsNode || !SINKS.has(name)) continue;
      const hit = flowHit(context, pyArgument(argumentsNode, 0, 'source'), 'code', call, `\`${name.replace(/^builtins\./, '')}()\``, {
        advice: 'it runs as Python; use ast.literal_eval() or json.loads() for data',
      });
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
