import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalleeName, jsCalls, jsUnwrap } from '../_shared/javascript';
import { flowHit, taintAnalysis } from '../_shared/taint';

const LEVELS = new Set(['log', 'info', 'warn', 'warning', 'error', 'debug', 'trace', 'fatal', 'verbose', 'notice', 'critical']);
const LOGGER = /^(?:console|logger|log|winston|pino|bunyan|fastify\.log|app\.log|req\.log|request\.log|this\.logger|this\.log)$/;

const rule: SastRule = {
  id: 'js-log-injection',
  scanner: 'sast',
  title: 'Untrusted input is written to a log unescaped',
  severity: 'low',
  confidence: 'medium',
  cwe: [117],
  tags: [OWASP.A09, 'log-injection', 'taint'],
  description:
    'Request data reaches `console.*` or a logger (winston, pino, bunyan) as text: a line break in it forges log entries, and control characters can attack log viewers. Log it as a structured field or strip CR/LF first.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    for (const { call, callee, arguments: args } of jsCalls(context)) {
      const level = jsCalleeName(callee);
      const inner = jsUnwrap(callee);
      if (!LEVELS.has(level) || inner.type !== 'member_expression' || call.type !== 'call_expression') continue;
      if (!LOGGER.test(jsUnwrap(inner.childForFieldName('object') ?? inner).text)) continue;
      for (const arg of args) {
        // An object argument is serialised as JSON by structured loggers: line breaks are escaped.
        if (['object', 'array'].includes(jsUnwrap(arg).type)) continue;
        const hit = flowHit(context, arg, 'log', call, `the log message of \`${level}()\``, { advice: 'log it as a structured field or strip \\r and \\n' });
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
