/**
 * Shell command lines as a pipeline runs them, split into simple commands (argument vectors)
 * with the line each starts on. Quoting and operators come from `shell-quote`; this file adds
 * what a CI script needs on top: line continuations, several lines per script block, and the
 * line numbers that let discovery say where a gate came from.
 */
import { parse, type ParseEntry } from 'shell-quote';

export interface SimpleCommand {
  /** Program and arguments, quotes removed; `$VAR` kept literally (never expanded). */
  argv: string[];
  /** 0-based line within the script text where the command starts. */
  line: number;
  /** The logical line it came from, continuations joined, for messages. */
  text: string;
}

/**
 * Splits a script (one or many lines) into simple commands: `a && b | c; d` gives four.
 * Backslash-newline continues a line; a `#` comment ends it. Wrappers that run their arguments
 * as a command (`sudo`, `env X=1`, `time`, `npx`, `exec`) are unwrapped so `sudo checkov -d .`
 * is seen as checkov.
 */
export function splitCommands(script: string): SimpleCommand[] {
  const commands: SimpleCommand[] = [];
  const lines = script.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const start = index;
    let logical = lines[index];
    // A trailing backslash (an odd number of them) joins the next line.
    while (/(^|[^\\])(\\\\)*\\\s*$/.test(logical) && index + 1 < lines.length) {
      logical = logical.replace(/\\\s*$/, ' ') + lines[++index];
    }
    if (!logical.trim()) continue;
    let current: string[] = [];
    const flush = () => {
      const argv = unwrap(current);
      if (argv.length > 0) commands.push({ argv, line: start, text: logical.trim() });
      current = [];
    };
    let entries: ParseEntry[];
    try {
      entries = parse(logical, (name) => `$${name}`);
    } catch {
      continue; // unbalanced quotes: a line the shell itself would reject
    }
    for (const entry of entries) {
      if (typeof entry === 'string') current.push(entry);
      else if ('comment' in entry) break;
      else if ('op' in entry) {
        if (entry.op === 'glob') current.push((entry as { pattern: string }).pattern);
        else flush();
      }
    }
    flush();
  }
  return commands;
}

const WRAPPERS = new Set(['sudo', 'time', 'exec', 'command', 'nohup']);

function unwrap(argv: string[]): string[] {
  let rest = argv;
  for (;;) {
    // Leading environment assignments: `FOO=1 checkov ...`.
    while (rest.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(rest[0])) rest = rest.slice(1);
    if (rest.length === 0) return rest;
    const program = basename(rest[0]);
    if (WRAPPERS.has(program) || program === 'env') {
      rest = rest.slice(1);
      while (rest.length > 0 && rest[0].startsWith('-')) rest = rest.slice(1);
      continue;
    }
    if (program === 'npx' || program === 'pipx' || program === 'uvx') {
      rest = rest.slice(1);
      if (rest[0] === 'run') rest = rest.slice(1);
      while (rest.length > 0 && rest[0].startsWith('-')) rest = rest.slice(1);
      continue;
    }
    if (program === 'python' || program === 'python3') {
      // `python -m checkov.main …`
      if (rest[1] === '-m' && rest[2]) return [rest[2].split('.')[0], ...rest.slice(3)];
      return rest;
    }
    return rest;
  }
}

/** The program name without its folder: `/usr/local/bin/checkov` → `checkov`. */
export function basename(program: string): string {
  return program.replace(/\\/g, '/').split('/').pop() ?? program;
}

export interface ParsedFlags {
  /** Flag name without dashes → every value given (repeatable flags keep all). A bare flag maps to `['']`. */
  flags: Map<string, string[]>;
  positionals: string[];
}

/**
 * Reads `--name value`, `--name=value`, `-x value` per a table of which flags take a value.
 * Unknown flags are kept as bare flags so nothing is lost.
 */
export function parseFlags(args: string[], takesValue: ReadonlySet<string>): ParsedFlags {
  const flags = new Map<string, string[]>();
  const positionals: string[] = [];
  const add = (name: string, value: string) => flags.set(name, [...(flags.get(name) ?? []), value]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    const long = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/s.exec(arg);
    if (!long) {
      positionals.push(arg);
      continue;
    }
    const [, name, inline] = long;
    if (inline !== undefined) add(name, inline);
    else if (takesValue.has(name) && i + 1 < args.length) add(name, args[++i]);
    else add(name, '');
  }
  return { flags, positionals };
}
