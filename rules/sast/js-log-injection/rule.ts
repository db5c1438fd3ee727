import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalleeName, jsCalls, jsLiteralText, jsModuleBindings, jsModuleMember, jsUnwrap } from '../_shared/javascript';
import { nameWords } from '../_shared/security-names';
import type { Node } from '../../../server/src/engine/scanners/sast/rule';
import { flowHit, taintAnalysis, type Taint } from '../_shared/taint';

const LEVELS = new Set(['log', 'info', 'warn', 'warning', 'error', 'debug', 'trace', 'fatal', 'verbose', 'notice', 'critical']);
const LOGGER = /^(?:console|logger|log|winston|pino|bunyan|fastify\.log|app\.log|req\.log|request\.log|this\.logger|this\.log)$/;

/** The process's own output streams: in containers and under systemd they are the log. */
const STD_STREAMS = /^process\.(?:stdout|stderr)\.write$/;
const FS_MODULES = ['fs', 'fs/promises', 'fs-extra', 'graceful-fs'];
const APPEND = new Set(['appendFile', 'appendFileSync']);

/** A file that is a log by its name: `'audit.log'`, `` `${dir}/app.log` ``, `LOG_FILE`, `auditLogPath`. */
function isLogFile(path: Node): boolean {
  const inner = jsUnwrap(path);
  const text = jsLiteralText(inner) ?? (inner.type === 'template_string' ? inner.text.slice(1, -1) : undefined);
  if (text !== undefined) return /\.log$|(?:^|[/\\])logs?[/\\]/i.test(text);
  const name = inner.type === 'identifier' ? inner.text : inner.type === 'member_expression' ? (inner.childForFieldName('property')?.text ?? '') : '';
  return nameWords(name).some((word) => word === 'log' || word === 'logs' || word === 'logfile');
}

const rule: SastRule = {
  id: 'js-log-injection',
  scanner: 'sast',
  title: 'Untrusted input is written to a log unescaped',
  severity: 'low',
  confidence: 'medium',
  cwe: [117],
  tags: [OWASP.A09, 'log-injection', 'taint'],
  description:
    'Request data reaches `console.*`, a logger (winston, pino, bunyan), `process.stdout/stderr.write()` or an `fs.appendFile()` to a `.log` file as text: a line break in it forges log entries, and control characters can attack log viewers. Log it as a structured field or strip CR/LF first.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    let fsBindings: ReturnType<typeof jsModuleBindings> | undefined;
    const fs = () => (fsBindings ??= jsModuleBindings(context, FS_MODULES));
    for (const { call, callee, arguments: args } of jsCalls(context)) {
      const level = jsCalleeName(callee);
      const inner = jsUnwrap(callee);
      if (call.type !== 'call_expression') continue;
      // `process.stdout.write(text)` and `fs.appendFile('audit.log', text)` write log lines directly.
      const written = inner.text.replace(/\s+/g, '');
      const direct = STD_STREAMS.test(written) ? args[0] : APPEND.has(level) && args[0] && isLogFile(args[0]) && jsModuleMember(callee, FS_MODULES, fs()) ? args[1] : undefined;
      if (direct) {
        const sink = STD_STREAMS.test(written) ? written : level;
        // A command-line tool that echoes its own arguments to the terminal is not writing someone else's text into a log.
        const echo = (taint: Taint) => STD_STREAMS.test(written) && taint.label.startsWith('process.argv');
        const hit = flowHit(context, direct, 'log', call, `the log line written by \`${sink}()\``, { advice: 'strip \\r and \\n or write it as a JSON field', safe: echo });
        if (hit) hits.push(hit);
        continue;
      }
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
