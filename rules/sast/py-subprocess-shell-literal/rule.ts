import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP, replace } from '../_shared/common';
import { pyIsBoolean } from '../_shared/py-config';
import { pyArgument, pyCallsTo, pyKeyword, pyUnwrap } from '../_shared/python';

const SINKS = new Set(['subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.Popen']);
const LAST_NAMES = new Set([...SINKS].map((name) => name.slice(name.lastIndexOf('.') + 1)));
/** Characters a shell gives no meaning to: a command made only of these splits on blanks the same way the shell would. */
const PLAIN_COMMAND = /^[A-Za-z0-9_\-./:,@%+= \t]+$/;
/** Commands that exist only inside a shell: without one they cannot run. */
const SHELL_BUILTINS = new Set([
  'cd', 'export', 'source', '.', 'alias', 'unalias', 'set', 'unset', 'ulimit', 'umask', 'exec', 'exit', 'eval', 'read', 'wait',
  'trap', 'shift', 'type', 'hash', 'jobs', 'fg', 'bg', 'let', 'declare', 'typeset', 'local', 'readonly', 'return', 'times',
  'command', 'builtin', 'history', 'pushd', 'popd', 'dirs', 'shopt', 'enable', 'help', 'logout', 'caller', 'getopts', 'suspend',
]);

/** The command's words when the literal splits exactly as the shell would split it, else undefined. */
function plainWords(literal: Node): { words: string[]; quote: string } | undefined {
  if (literal.type !== 'string') return undefined;
  const prefix = /^[a-zA-Z]*/.exec(literal.text)![0];
  if (/[fbFB]/.test(prefix)) return undefined;
  const parts = literal.namedChildren.filter((child) => child && child.type !== 'string_start' && child.type !== 'string_end');
  if (parts.some((part) => part?.type !== 'string_content') || parts.length > 1) return undefined;
  const text = parts[0]?.text ?? '';
  if (!PLAIN_COMMAND.test(text) || text.includes('\\')) return undefined;
  const words = text.trim().split(/[ \t]+/).filter(Boolean);
  // `FOO=bar cmd` sets a variable in the shell; a builtin needs the shell.
  if (words.length === 0 || words[0].includes('=') || SHELL_BUILTINS.has(words[0])) return undefined;
  // The literal's own quote character (after any prefix such as `r`), so the list matches the file's style.
  const quote = literal.text.slice(prefix.length, prefix.length + 1);
  return { words, quote };
}

const rule: SastRule = {
  id: 'py-subprocess-shell-literal',
  scanner: 'sast',
  title: 'subprocess run through a shell for a fixed command',
  severity: 'low',
  confidence: 'high',
  cwe: [78],
  tags: [OWASP.A03, 'command-injection'],
  description:
    "`shell=True` starts `/bin/sh` to run a command that needs no shell features. It is not exploitable while the string stays fixed, but the next edit that adds a variable turns it into command injection, and the shell's environment (PATH, IFS, aliases) takes part in what runs. Pass an argument list without `shell=True`.",
  languages: ['python'],
  detect(context) {
    if (!/shell\s*=\s*True/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    for (const { call, name, arguments: argumentsNode } of pyCallsTo(context, LAST_NAMES)) {
      if (!name || !SINKS.has(name) || !argumentsNode) continue;
      const shell = pyKeyword(argumentsNode, 'shell');
      if (!shell || !pyIsBoolean(shell.childForFieldName('value')!, true) || pyKeyword(argumentsNode, 'executable')) continue;
      const command = pyArgument(argumentsNode, 0, 'args');
      const plain = command && plainWords(pyUnwrap(command));
      if (!command || !plain) continue;
      // Remove `, shell=True` from the end of the previous argument to the end of the keyword.
      const previous = shell.previousNamedSibling;
      if (!previous) continue;
      const list = `[${plain.words.map((word) => `${plain.quote}${word}${plain.quote}`).join(', ')}]`;
      hits.push({
        node: call,
        message: `${name.split('.').pop()}(${command.text}, shell=True) starts a shell for a fixed command; pass ${list} without shell=True`,
        fix: {
          title: 'Pass an argument list without shell=True',
          edits: [replace(context, pyUnwrap(command), list), { range: context.file.rangeOf(previous.endIndex, shell.endIndex), newText: '' }],
        },
      });
    }
    return hits;
  },
};

export default rule;
