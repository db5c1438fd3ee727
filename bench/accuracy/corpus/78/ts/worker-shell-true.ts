// preflight-bench: vulnerable CWE-78 sink-line: 7
import { spawnSync } from 'child_process';

const [, , pattern] = process.argv;

export function search(): string {
  const result = spawnSync(`grep -rn ${pattern} src/`, { shell: true, encoding: 'utf8' });
  return result.stdout;
}

console.log(search());
