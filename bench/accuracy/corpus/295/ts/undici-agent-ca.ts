// preflight-bench: safe CWE-295 -- custom CA, verification on
import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';

const agent = new Agent({ connect: { ca: readFileSync('certs/ca.pem'), rejectUnauthorized: true } });

export async function metrics(): Promise<unknown> {
  const { body } = await request('https://metrics.example.com/v1', { dispatcher: agent });
  return body.json();
}
