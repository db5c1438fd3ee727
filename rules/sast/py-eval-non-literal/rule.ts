import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { pyArgument, pyCallsTo, pyDescribe, pyIsConstant } from '../_shared/python';

const SINKS = new Set(['eval', 'exec', 'builtins.eval', 'builtins.exec']);
const LAST_NAMES = new Set(['eval', 'exec']);

const rule: SastRule = {
  id: 'py-eval-non-literal',
  scanner: 'sast',
  title: 'Code evaluated from a non-literal string',
  severity: 'high',
  cwe: [95],
  tags: [OWASP.A03, 'code-injection'],
  description:
    '`eval()` and `exec()` run their argument as Python code; when it is built from data, that data can run arbitrary code in your process. Use `ast.literal_eval` or `json.loads` for data, and a lookup table of functions for behaviour.',
  languages: ['python'],
  detect(context) {
    const hits: SastHit[] = [];
    for (const candidate of pyCallsTo(context, LAST_NAMES)) {
      const { call, name, arguments: argumentsNode } = candidate;
      if (!name || !SINKS.has(name) || !argumentsNode) continue;
      const code = pyArgument(argumentsNode, 0, 'source');
      if (!code || pyIsConstant(code)) continue;
      const fn = name.replace(/^builtins\./, '');
      hits.push({
        node: call,
        message: `${fn}() runs code built from ${pyDescribe(code)}; use ast.literal_eval() or json.loads() for data`,
      });
    }
    return hits;
  },
};

export default rule;
