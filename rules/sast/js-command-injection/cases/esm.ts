import { exec as run, execSync } from 'child_process';
import * as child from 'node:child_process';
import type { Request } from 'express';

export function build(req: Request, target: string): void {
  // ruleid: js-command-injection
  run(`make ${target}`);
  // ruleid: js-command-injection
  execSync(req.query.script as string);
  // ruleid: js-command-injection
  child.execSync(
    'docker run ' + target,
    { stdio: 'inherit' },
  );
  // ruleid: js-command-injection
  child.spawnSync(`convert ${target}`, { shell: '/bin/bash' });
  // ok: js-command-injection
  run('make all');
  // ok: js-command-injection
  child.execFileSync('make', [target]);
  // ok: js-command-injection (ternary of literals)
  execSync(process.platform === 'win32' ? 'dir' : 'ls');
}

const pattern = new RegExp('a+');
export function match(text: string): RegExpExecArray | null {
  // ok: js-command-injection
  return pattern.exec(text);
}

export function withRunner(run: (command: string) => void, target: string): void {
  // ok: js-command-injection (a parameter that shadows the imported exec)
  run(`make ${target}`);
}
