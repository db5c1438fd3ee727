import { execSync } from 'child_process';
import * as child from 'node:child_process';

export function Version() {
  const name = process.argv[2];
  // ruleid: js-command-injection
  const version = execSync(`npm view ${name} version`).toString();
  // ok: js-command-injection
  const node = execSync('node --version').toString();
  // ruleid: js-command-injection
  child.execSync(`npm view ${name as string} license`, { stdio: 'pipe' });
  return <span>{version} {node}</span>;
}

export async function handler(req: Request, res: Response): Promise<void> {
  const { target } = req.body as { target: string };
  // ruleid: js-command-injection
  child.spawnSync(`convert ${target!}`, { shell: '/bin/bash' });
  // ok: js-command-injection (shell explicitly off)
  child.spawnSync('convert', [target], { shell: false });
}

export function withRunner(run: (command: string) => void, target: string): void {
  // ok: js-command-injection (not child_process)
  run(`make ${target}`);
}
