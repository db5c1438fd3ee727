/** What every `preflight <command>` is: its usage text and a run function returning an exit code. */
export const EXIT = { pass: 0, fail: 1, error: 2 } as const;

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  usage: string;
  run(args: string[], io: Io): Promise<number>;
}

/** A mistake in the command line: printed with the command's usage, exit 2. */
export class UsageError extends Error {}
