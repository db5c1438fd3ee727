import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { lastName, pyCalls } from '../_shared/python';
import { flowHit, taintAnalysis } from '../_shared/taint';

const LEVELS = new Set(['debug', 'info', 'warning', 'warn', 'error', 'critical', 'exception', 'log', 'fatal']);
const LOGGER = /^(?:logging|logger|log|_logger|_log|LOGGER|LOG|app\.logger|current_app\.logger|self\.logger|self\.log|\w+_logger)$/;

const rule: SastRule = {
  id: 'py-log-injection',
  scanner: 'sast',
  title: 'Untrusted input is written to a log unescaped',
  severity: 'low',
  confidence: 'medium',
  cwe: [117],
  tags: [OWASP.A09, 'log-injection', 'taint'],
  description:
    'Request data reaches a `logging` call as text (in the message or as a `%s` argument): a line break in it forges log entries. Strip CR/LF (`value.replace("\\n", "")`), log `repr(value)`/`json.dumps(value)`, or use a formatter that escapes.',
  languages: ['python'],
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    for (const { call, callee, arguments: argumentsNode } of pyCalls(context)) {
      const level = lastName(callee);
      if (!LEVELS.has(level) || callee.type !== 'attribute' || !argumentsNode) continue;
      if (!LOGGER.test(callee.childForFieldName('object')?.text ?? '')) continue;
      for (const argument of argumentsNode.namedChildren) {
        if (!argument || argument.type === 'keyword_argument') continue;
        const hit = flowHit(context, argument, 'log', call, `the log message of \`${level}()\``, { advice: 'strip \\r and \\n or log repr(value)' });
        if (hit) {
          hits.push(hit);
          break;
        }
      }
    }
    return hits;
  },
};

export default rule;
