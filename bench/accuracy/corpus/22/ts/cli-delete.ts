// preflight-bench: vulnerable CWE-22 sink-line: 8
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const cacheDir = join(process.env.HOME ?? '/tmp', '.cache', 'tool');
const entry = process.argv[2];

rmSync(join(cacheDir, entry), { recursive: true, force: true });
console.log(`removed ${entry}`);
