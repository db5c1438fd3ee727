// preflight-bench: vulnerable CWE-328 sink-line: 5
import { createHash } from 'node:crypto';

export function resetToken(email: string, issuedAt: number): string {
  return createHash('md5').update(`${email}:${issuedAt}`).digest('hex');
}
