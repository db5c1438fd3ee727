import * as nodeCrypto from 'node:crypto';
import { DES } from 'crypto-js';

export function seal(key: Buffer, iv: Buffer, text: string): unknown[] {
  // ruleid: js-weak-cipher
  const a = nodeCrypto.createCipheriv('bf-cbc' as string, key, iv);
  // ruleid: js-weak-cipher
  const b = DES.encrypt(text, key.toString());
  // ok: js-weak-cipher
  const c = nodeCrypto.createCipheriv('chacha20-poly1305', key, iv, { authTagLength: 16 });
  return [a, b, c];
}
