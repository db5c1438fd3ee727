// preflight-bench: vulnerable CWE-327 sink-line: 5
import crypto from 'crypto';

export function encryptCardNumber(card: string, key: Buffer): string {
  const cipher = crypto.createCipheriv('aes-128-ecb', key, null);
  return cipher.update(card, 'utf8', 'hex') + cipher.final('hex');
}
