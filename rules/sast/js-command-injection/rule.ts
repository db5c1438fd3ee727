import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalleeName, jsCalls, jsDescribe, jsIsConstant, jsModuleBindings, jsModuleMember, jsUnwrap } from '../_shared/javascript';

const MODULES = ['child_process'];
/** shelljs's exec() also runs its string through a shell. */
const SHELLJS = ['shelljs'];
/** Always run their command through a shell. */
const SHELL_SINKS = new Set(['exec', 'execSync']);
/** Run a file directly unless `{ shell: true }` is passed. */
const SPAWN_SINKS = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync']);

/** True when an options object passes `shell` with anything but `false` / `undefined`. */
function enablesShell(options: Node | undefined): boolean {
  if (!options || options.type !== 'object') return false;
  return options.namedChildren.some((property) => {
    if (!property) return false;
    if (property.type === 'shorthand_property_identifier') return property.text === 'shell';
    if (property.type !== 'pair') return false;
    const key = property.childForFieldName('key')?.text.replace(/^['"]|['"]$/g, '');
    const value = property.childForFieldName('value');
    return key === 'shell' && !!value && !['false', 'undefined', 'null'].includes(jsUnwrap(value).type);
  });
}

const rule: SastRule = {
  id: 'js-command-injection',
  scanner: 'sast',
  title: 'Shell command built from non-literal input',
  severity: 'high',
  cwe: [78],
  tags: [OWASP.A03, 'command-injection'],
  description:
    '`child_process.exec`/`execSync`, shelljs `exec` (and `spawn`/`execFile` with `shell: true`) hand the command to a shell, so a command built from a template literal, concatenation or variable lets its input inject shell syntax. Use `execFile`/`spawn` with the program and an argument array.',
  languages: JS_LANGUAGES,
  detect(context) {
    const text = context.file.text;
    if (!text.includes('child_process') && !text.includes('shelljs')) return [];
    const bindings = jsModuleBindings(context, MODULES);
    const shelljs = jsModuleBindings(context, SHELLJS);
    const hits: SastHit[] = [];
    for (const candidate of jsCalls(context)) {
      const { call, callee } = candidate;
      const written = jsCalleeName(callee);
      if (call.type !== 'call_expression') continue;
      if (!(SHELL_SINKS.has(written) || SPAWN_SINKS.has(written) || bindings.members.has(written) || shelljs.members.has(written))) continue;
      const member = jsModuleMember(callee, MODULES, bindings) ?? (jsModuleMember(callee, SHELLJS, shelljs) === 'exec' ? 'exec' : undefined);
      if (!member || (!SHELL_SINKS.has(member) && !SPAWN_SINKS.has(member))) continue;
      const args = candidate.arguments;
      const command = args[0];
      if (!command) continue;
      if (SHELL_SINKS.has(member)) {
        if (jsIsConstant(command)) continue;
        hits.push({
          node: call,
          message: `${member}() runs a shell command built from ${jsDescribe(command)}; use execFile${member.endsWith('Sync') ? 'Sync' : ''}() with an argument array`,
        });
        continue;
      }
      // spawn / execFile: only a shell makes the arguments injectable.
      const options = args.find((arg, index) => index > 0 && jsUnwrap(arg).type === 'object');
      if (!enablesShell(options && jsUnwrap(options))) continue;
      const argv = args[1] && args[1] !== options ? jsUnwrap(args[1]) : undefined;
      const pieces = [command, ...(argv?.type === 'array' ? argv.namedChildren.filter((node): node is Node => !!node && node.type !== 'comment') : argv ? [argv] : [])];
      const tainted = pieces.find((piece) => !jsIsConstant(piece));
      if (!tainted) continue;
      hits.push({
        node: call,
        message: `${member}() with shell: true runs a command built from ${jsDescribe(tainted)}; drop the shell option and pass arguments as an array`,
      });
    }
    return hits;
  },
};

export default rule;
