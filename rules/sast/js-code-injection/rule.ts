import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalleeName, jsCalls, jsModuleBindings, jsModuleMember, jsUnwrap } from '../_shared/javascript';
import { flowHit, taintAnalysis } from '../_shared/taint';

const GLOBALS = /^(?:window|globalThis|global|self)\.$/;
const VM_SINKS = new Set(['runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction', 'Script']);
/** Run a string argument as code; a function argument is fine. */
const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate', 'execScript']);

const rule: SastRule = {
  id: 'js-code-injection',
  scanner: 'sast',
  title: 'Untrusted input is run as code',
  severity: 'critical',
  confidence: 'high',
  cwe: [94, 95],
  tags: [OWASP.A03, 'code-injection', 'taint'],
  description:
    'Request, URL, `postMessage` or command-line data reaches `eval()`, `Function()`, `vm.run*()`/`new vm.Script()` or `setTimeout`/`setInterval` with a string, which run it as JavaScript. Parse data with `JSON.parse` or map it to functions you choose.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const vm = jsModuleBindings(context, ['vm']);
    const hits: SastHit[] = [];
    for (const { call, callee, arguments: args } of jsCalls(context)) {
      const name = jsCalleeName(callee);
      const inner = jsUnwrap(callee);
      const global = inner.type === 'identifier' || GLOBALS.test(inner.text.slice(0, inner.text.length - name.length));
      let code;
      if ((name === 'eval' || TIMERS.has(name)) && global && call.type === 'call_expression') code = args[0];
      else if (name === 'Function' && global) code = args.at(-1);
      else if (VM_SINKS.has(name) && jsModuleMember(callee, ['vm'], vm)) code = name === 'compileFunction' || name === 'Script' || name.startsWith('run') ? args[0] : undefined;
      if (!code) continue;
      const hit = flowHit(context, code, 'code', call, `\`${name}()\``, { advice: 'it runs as code; parse data with JSON.parse or dispatch to known functions' });
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
