// preflight-bench: safe CWE-78 -- validated version passed as an argument, no shell
import { execFileSync } from 'child_process';

const version = process.argv[2] ?? '';
if (!/^\d+\.\d+\.\d+$/.test(version)) {
  throw new Error(`not a version: ${version}`);
}
execFileSync('npm', ['version', version, '--no-git-tag-version'], { stdio: 'inherit' });
