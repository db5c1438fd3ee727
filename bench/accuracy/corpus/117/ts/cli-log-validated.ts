// preflight-bench: safe CWE-117 -- user name validated against a strict pattern
import { appendFileSync } from 'node:fs';

const user = process.argv[2] ?? '';
if (!/^[a-z][a-z0-9_-]{0,31}$/.test(user)) throw new Error('invalid user name');
appendFileSync('audit.log', `${new Date().toISOString()} deploy started by ${user}\n`);
