// preflight-bench: safe CWE-327 -- ChaCha20-Poly1305
import { createCipheriv, randomBytes } from 'node:crypto';

export function seal(data: Buffer, key: Buffer): { nonce: Buffer; sealed: Buffer; tag: Buffer } {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  const sealed = Buffer.concat([cipher.update(data), cipher.final()]);
  return { nonce, sealed, tag: cipher.getAuthTag() };
}
