// preflight-bench: vulnerable CWE-117 sink-line: 5
import { appendFileSync } from 'node:fs';

const user = process.argv[2];
appendFileSync('audit.log', `${new Date().toISOString()} deploy started by ${user}\n`);
