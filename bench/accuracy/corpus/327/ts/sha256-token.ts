// preflight-bench: safe CWE-328 -- HMAC-SHA256
import { createHmac } from 'node:crypto';

export function resetToken(email: string, issuedAt: number, key: string): string {
  return createHmac('sha256', key).update(`${email}:${issuedAt}`).digest('hex');
}
