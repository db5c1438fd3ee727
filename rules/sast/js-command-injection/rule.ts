import type { Node, SastContext, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP, replace } from '../_shared/common';
import { jsCalleeName, jsCalls, jsModuleBindings, jsModuleMember, jsUnwrap } from '../_shared/javascript';
import { flowHit, splitCommandWords, taintAnalysis } from '../_shared/taint';

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

/**
 * `cp.exec(\`convert ${file} out.png\`, cb)` → `cp.execFile('convert', [file, 'out.png'], cb)`:
 * only for the namespace form (so `execFile` is surely reachable) and a template made of
 * literal words and whole substitutions (see splitCommandWords).
 */
function execFileFix(context: SastContext, callee: Node, command: Node, member: string): SastHit['fix'] {
  const inner = jsUnwrap(callee);
  const property = inner.type === 'member_expression' ? inner.childForFieldName('property') : null;
  const template = jsUnwrap(command);
  if (!property || template.type !== 'template_string') return undefined;
  const parts: Array<string | Node> = [];
  for (const child of template.namedChildren) {
    if (!child) continue;
    if (child.type === 'string_fragment') parts.push(child.text);
    else if (child.type === 'template_substitution' && child.namedChild(0)) parts.push(child.namedChild(0)!);
    else return undefined;
  }
  const words = splitCommandWords(parts);
  if (!words) return undefined;
  const quote = (text: string) => `'${text}'`;
  const [program, ...rest] = words as [string, ...Array<string | Node>];
  const argv = rest.map((word) => (typeof word === 'string' ? quote(word) : word.text)).join(', ');
  const replacement = member === 'execSync' ? 'execFileSync' : 'execFile';
  return {
    title: `Run ${program} with ${replacement}() and an argument array`,
    edits: [replace(context, property, replacement), replace(context, command, `${quote(program)}, [${argv}]`)],
  };
}

const rule: SastRule = {
  id: 'js-command-injection',
  scanner: 'sast',
  title: 'Untrusted input reaches a shell command',
  severity: 'critical',
  confidence: 'high',
  cwe: [78],
  tags: [OWASP.A03, 'command-injection', 'taint'],
  description:
    'Request, URL or command-line input flows into `child_process.exec`/`execSync`, shelljs `exec`, or `spawn`/`execFile` with `shell: true`, where a shell parses it. Run the program with `execFile`/`spawn` and an argument array.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (taintAnalysis(context).empty) return [];
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
        const shelljsExec = jsModuleMember(callee, SHELLJS, shelljs) === 'exec';
        const hit = flowHit(context, command, 'shell', call, `\`${member}()\``, {
          advice: `a shell parses it; use execFile${member.endsWith('Sync') ? 'Sync' : ''}() with an argument array`,
          fix: shelljsExec ? undefined : execFileFix(context, callee, command, member),
        });
        if (hit) hits.push(hit);
        continue;
      }
      // spawn / execFile: only a shell makes the arguments injectable.
      const options = args.find((arg, index) => index > 0 && jsUnwrap(arg).type === 'object');
      if (!enablesShell(options && jsUnwrap(options))) continue;
      const argv = args[1] && args[1] !== options ? jsUnwrap(args[1]) : undefined;
      const pieces = [command, ...(argv?.type === 'array' ? argv.namedChildren.filter((node): node is Node => !!node && node.type !== 'comment') : argv ? [argv] : [])];
      const tainted = pieces.find((piece) => taintAnalysis(context).reaching(piece, 'shell'));
      const hit = flowHit(context, tainted, 'shell', call, `\`${member}()\` with \`shell: true\``, { advice: 'drop the shell option and pass arguments as an array' });
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
