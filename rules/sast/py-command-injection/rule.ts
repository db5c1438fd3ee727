import type { Node, SastContext, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP, replace } from '../_shared/common';
import { pyArgument, pyCallsTo, pyKeyword, pyUnwrap } from '../_shared/python';
import { flowHit, splitCommandWords, taintAnalysis } from '../_shared/taint';

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

/**
 * `subprocess.run(f"convert {name} out.png", shell=True)` → `subprocess.run(["convert", name, "out.png"])`:
 * only for an f-string of literal words and whole `{name}` fields (no conversions or format specs).
 */
function argumentListFix(context: SastContext, argumentsNode: Node, command: Node): SastHit['fix'] {
  const shell = pyKeyword(argumentsNode, 'shell');
  const fstring = pyUnwrap(command);
  if (!shell || fstring.type !== 'string' || !/^f/i.test(fstring.text) || /^\w*[rb]/i.test(fstring.text.replace(/^f/i, ''))) return undefined;
  const parts: Array<string | Node> = [];
  for (const child of fstring.namedChildren) {
    if (!child || child.type === 'string_start' || child.type === 'string_end') continue;
    if (child.type === 'string_content' && !child.namedChildren.some((part) => part?.type === 'escape_sequence')) parts.push(child.text);
    else if (child.type === 'interpolation' && child.namedChildren.length === 1 && child.namedChild(0)) parts.push(child.namedChild(0)!);
    else return undefined;
  }
  const words = splitCommandWords(parts);
  const previous = shell.previousNamedSibling;
  if (!words || !previous) return undefined;
  const list = `[${words.map((word) => (typeof word === 'string' ? JSON.stringify(word) : word.text)).join(', ')}]`;
  return {
    title: 'Pass an argument list and drop shell=True',
    edits: [
      replace(context, command, list),
      { range: context.file.rangeOf(previous.endIndex, shell.endIndex), newText: '' },
    ],
  };
}

const rule: SastRule = {
  id: 'py-command-injection',
  scanner: 'sast',
  title: 'Untrusted input reaches a shell command',
  severity: 'critical',
  confidence: 'high',
  cwe: [78],
  tags: [OWASP.A03, 'command-injection', 'taint'],
  description:
    'Request, command-line or `input()` data flows into `os.system`, `os.popen` or a `subprocess` call with `shell=True`, where a shell parses it. Call `subprocess.run([...])` with an argument list and no shell.',
  languages: ['python'],
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    for (const candidate of pyCallsTo(context, LAST_NAMES)) {
      const { call, name, arguments: argumentsNode } = candidate;
      if (!name || !argumentsNode) continue;
      const shortName = name.split('.').slice(-2).join('.');
      if (SHELL_SINKS.has(name)) {
        const command = pyArgument(argumentsNode, 0, 'command') ?? pyArgument(argumentsNode, 0, 'cmd');
        const hit = flowHit(context, command, 'shell', call, `\`${shortName}()\``, { advice: 'use subprocess.run() with an argument list' });
        if (hit) hits.push(hit);
      } else if (SUBPROCESS_SINKS.has(name) && shellEnabled(argumentsNode)) {
        let command = pyArgument(argumentsNode, 0, 'args');
        if (!command) continue;
        // With shell=True a sequence's first item is the shell command; the rest become $0, $1… of the shell.
        const inner = pyUnwrap(command);
        if ((inner.type === 'list' || inner.type === 'tuple') && inner.namedChild(0)) command = inner.namedChild(0)!;
        const hit = flowHit(context, command, 'shell', call, `\`${shortName}()\` with shell=True`, {
          advice: 'pass an argument list without shell=True',
          fix: command.id === pyArgument(argumentsNode, 0, 'args')?.id ? argumentListFix(context, argumentsNode, command) : undefined,
        });
        if (hit) hits.push(hit);
      }
    }
    return hits;
  },
};

export default rule;
