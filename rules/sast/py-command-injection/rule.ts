import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { pyArgument, pyCallsTo, pyDescribe, pyIsConstant, pyKeyword, pyUnwrap } from '../_shared/python';

/** Always run their argument through a shell. */
const SHELL_SINKS = new Set([
  'os.system',
  'os.popen',
  'os.popen2',
  'os.popen3',
  'os.popen4',
  'commands.getoutput',
  'commands.getstatusoutput',
  'subprocess.getoutput',
  'subprocess.getstatusoutput',
  'asyncio.create_subprocess_shell',
]);
/** Use a shell only with `shell=True`. */
const SUBPROCESS_SINKS = new Set(['subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.Popen']);
const LAST_NAMES = new Set([...SHELL_SINKS, ...SUBPROCESS_SINKS].map((name) => name.slice(name.lastIndexOf('.') + 1)));

function shellEnabled(argumentsNode: Node): boolean {
  const value = pyKeyword(argumentsNode, 'shell')?.childForFieldName('value');
  if (!value) return false;
  const inner = pyUnwrap(value);
  return inner.type === 'true' || (inner.type === 'integer' && inner.text !== '0');
}

const rule: SastRule = {
  id: 'py-command-injection',
  scanner: 'sast',
  title: 'Shell command built from non-literal input',
  severity: 'high',
  cwe: [78],
  tags: [OWASP.A03, 'command-injection'],
  description:
    '`os.system`, `os.popen` and `subprocess` calls with `shell=True` hand the command to a shell, so a command built from an f-string, `%`/`.format()`, concatenation or a variable lets its input inject shell syntax. Call `subprocess.run([...])` with an argument list and no shell.',
  languages: ['python'],
  detect(context) {
    const hits: SastHit[] = [];
    for (const candidate of pyCallsTo(context, LAST_NAMES)) {
      const { call, name, arguments: argumentsNode } = candidate;
      if (!name || !argumentsNode) continue;
      const shortName = name.split('.').slice(-2).join('.');
      if (SHELL_SINKS.has(name)) {
        const command = pyArgument(argumentsNode, 0, 'command') ?? pyArgument(argumentsNode, 0, 'cmd');
        if (!command || pyIsConstant(command)) continue;
        hits.push({
          node: call,
          message: `${shortName}() runs a shell command built from ${pyDescribe(command)}; use subprocess.run() with an argument list`,
        });
      } else if (SUBPROCESS_SINKS.has(name) && shellEnabled(argumentsNode)) {
        let command = pyArgument(argumentsNode, 0, 'args');
        if (!command) continue;
        // With shell=True a sequence's first item is the shell command; the rest become $0, $1… of the shell.
        const inner = pyUnwrap(command);
        if ((inner.type === 'list' || inner.type === 'tuple') && inner.namedChild(0)) command = inner.namedChild(0)!;
        if (pyIsConstant(command)) continue;
        hits.push({
          node: call,
          message: `${shortName}() with shell=True runs a command built from ${pyDescribe(command)}; pass an argument list without shell=True`,
        });
      }
    }
    return hits;
  },
};

export default rule;
