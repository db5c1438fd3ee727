import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from './command';

/** The folder a command works on: its one optional PATH argument, else the current folder. */
export async function workspaceRoot(positionals: string[]): Promise<string> {
  if (positionals.length > 1) throw new UsageError(`expected at most one PATH, got ${positionals.length}`);
  const root = resolve(positionals[0] ?? '.');
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`${root} is not a folder`);
  return root;
}
