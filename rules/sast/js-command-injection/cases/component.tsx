import { execSync } from 'child_process';

export function Version({ name }: { name: string }) {
  // ruleid: js-command-injection
  const version = execSync(`npm view ${name} version`).toString();
  // ok: js-command-injection
  const node = execSync('node --version').toString();
  return <span>{version} {node}</span>;
}
