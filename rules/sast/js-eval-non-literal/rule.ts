import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalleeName, jsCalls, jsDescribe, jsIsConstant, jsModuleBindings, jsModuleMember, jsResolve, jsUnwrap } from '../_shared/javascript';

const GLOBALS = new Set(['window', 'globalThis', 'global', 'self']);
const VM_SINKS = new Set(['runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction', 'Script']);
const NAMES = new Set(['eval', 'Function', 'setTimeout', 'setInterval', ...VM_SINKS]);

/** `eval` / `window.eval` / `globalThis.setTimeout` … → the global's name, else undefined. */
function globalName(callee: Node): string | undefined {
  const inner = jsUnwrap(callee);
  if (inner.type === 'identifier') return inner.text;
  if (inner.type !== 'member_expression') return undefined;
  const object = jsUnwrap(inner.childForFieldName('object') ?? inner);
  return object.type === 'identifier' && GLOBALS.has(object.text) ? inner.childForFieldName('property')?.text : undefined;
}

function hasStringLeaf(node: Node): boolean {
  const pending: Node[] = [node];
  for (let steps = 0; pending.length > 0 && steps < 5000; steps++) {
    const inner = jsUnwrap(pending.pop()!);
    if (inner.type === 'string' || inner.type === 'template_string') return true;
    if (inner.type !== 'binary_expression') continue;
    for (const side of [inner.childForFieldName('left'), inner.childForFieldName('right')]) if (side) pending.push(side);
  }
  return false;
}

/** A string assembled at run time (so a timer would evaluate it as code), as opposed to a function. */
function isBuiltString(node: Node, depth = 0): boolean {
  const inner = jsUnwrap(node);
  if (jsIsConstant(inner)) return false;
  if (inner.type === 'template_string') return true;
  if (inner.type === 'binary_expression') return inner.childForFieldName('operator')?.text === '+' && hasStringLeaf(inner);
  if (inner.type === 'identifier' && depth < 4) {
    const resolved = jsResolve(inner);
    return !!resolved && isBuiltString(resolved.value, depth + 1);
  }
  return false;
}

const rule: SastRule = {
  id: 'js-eval-non-literal',
  scanner: 'sast',
  title: 'Code evaluated from a non-literal string',
  severity: 'high',
  cwe: [95],
  tags: [OWASP.A03, 'code-injection'],
  description:
    '`eval()`, `new Function()`, the `vm` module and `setTimeout`/`setInterval` with a string compile and run their argument as JavaScript; when it is built from data, that data can run arbitrary code. Parse data with `JSON.parse` and pass functions, not strings.',
  languages: JS_LANGUAGES,
  detect(context) {
    const hits: SastHit[] = [];
    const vm = context.file.text.includes('vm') ? jsModuleBindings(context, ['vm']) : undefined;
    for (const candidate of jsCalls(context)) {
      const { call, callee } = candidate;
      const written = jsCalleeName(callee);
      if (!NAMES.has(written) && !vm?.members.has(written)) continue;
      const args = candidate.arguments;
      const name = globalName(callee);
      const vmMember = vm && jsModuleMember(callee, ['vm'], vm);
      if (name === 'eval' || (vmMember && VM_SINKS.has(vmMember))) {
        const code = args[0];
        if (!code || jsIsConstant(code)) continue;
        const label = name === 'eval' ? 'eval()' : vmMember === 'Script' ? 'new vm.Script()' : `vm.${vmMember}()`;
        hits.push({ node: call, message: `${label} runs code built from ${jsDescribe(code)}; avoid evaluating strings (use JSON.parse for data)` });
      } else if (name === 'Function') {
        const code = args.find((arg) => !jsIsConstant(arg));
        if (!code) continue;
        hits.push({ node: call, message: `${call.type === 'new_expression' ? 'new ' : ''}Function() compiles code built from ${jsDescribe(code)}; pass a real function instead` });
      } else if ((name === 'setTimeout' || name === 'setInterval') && call.type === 'call_expression') {
        const code = args[0];
        if (!code || !isBuiltString(code)) continue;
        hits.push({ node: call, message: `${name}() is given a string built from ${jsDescribe(code)}, which it evaluates as code; pass a function instead` });
      }
    }
    return hits;
  },
};

export default rule;
