// preflight-bench: safe CWE-338 -- crypto.randomInt
import { randomInt } from 'node:crypto';

export function oneTimeCode(): string {
  return String(randomInt(100000, 1000000));
}
