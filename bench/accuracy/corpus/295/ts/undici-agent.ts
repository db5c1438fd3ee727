// preflight-bench: vulnerable CWE-295 sink-line: 4
import { Agent, request } from 'undici';

const insecure = new Agent({ connect: { rejectUnauthorized: false } });

export async function metrics(): Promise<unknown> {
  const { body } = await request('https://metrics.example.com/v1', { dispatcher: insecure });
  return body.json();
}
