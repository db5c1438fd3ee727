import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { lastName, pyCalls } from '../_shared/python';
import { flowHit, taintAnalysis } from '../_shared/taint';

const LEVELS = new Set(['debug', 'info', 'warning', 'warn', 'error', 'critical', 'exception', 'log', 'fatal']);
/** A printf-style placeholder of a logging format: `%s`, `%-10r`, `%(name)s`; `%%` is a literal percent sign. */
const PLACEHOLDER = /%(?:\([^)]*\))?[#0 +-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;

/**
 * The conversion of each positional placeholder of a literal format string (`'%s by %r'` → `s`, `r`),
 * or undefined when the format is not a plain string literal. `%r` logs `repr(value)`, whose
 * line breaks are escaped (`'\\n'`), so that argument cannot forge a log line.
 */
function placeholderConversions(format: Node): string[] | undefined {
  if (format.type !== 'string' || format.namedChildren.some((child) => child?.type === 'interpolation')) return undefined;
  const conversions: string[] = [];
  for (const match of format.text.matchAll(PLACEHOLDER)) if (match[1] !== '%') conversions.push(match[1]);
  return conversions;
}

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
    'Request data reaches a `logging` call as text (in the message or as a `%s` argument; a `%r` argument is logged as its escaped repr): a line break in it forges log entries. Strip CR/LF (`value.replace("\\n", "")`), log `repr(value)`/`json.dumps(value)`, or use a formatter that escapes.',
  languages: ['python'],
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    for (const { call, callee, arguments: argumentsNode } of pyCalls(context)) {
      const level = lastName(callee);
      if (!LEVELS.has(level) || callee.type !== 'attribute' || !argumentsNode) continue;
      if (!LOGGER.test(callee.childForFieldName('object')?.text ?? '')) continue;
      const positional = argumentsNode.namedChildren.filter((argument): argument is Node => !!argument && argument.type !== 'keyword_argument' && argument.type !== 'comment');
      // `logging.log(level, msg, *args)` has the format second.
      const formatIndex = level === 'log' ? 1 : 0;
      const conversions = positional[formatIndex] ? placeholderConversions(positional[formatIndex]) : undefined;
      for (const [index, argument] of positional.entries()) {
        if (conversions && index > formatIndex && conversions[index - formatIndex - 1] === 'r') continue;
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
