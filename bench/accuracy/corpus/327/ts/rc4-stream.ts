// preflight-bench: vulnerable CWE-327 sink-line: 5
import { createCipheriv } from 'node:crypto';

export function obfuscate(data: Buffer, key: Buffer): Buffer {
  const cipher = createCipheriv('rc4', key, null);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}
