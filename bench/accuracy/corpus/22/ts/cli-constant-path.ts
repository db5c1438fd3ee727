// preflight-bench: safe CWE-22 -- constant path
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const config = JSON.parse(readFileSync(join(__dirname, 'config.json'), 'utf8')) as { name: string };
const greeting = process.argv[2] ?? 'hello';
console.log(`${greeting}, ${config.name}`);
