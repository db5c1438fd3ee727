import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';

const template = readFileSync('otp.txt', 'utf8');

export function sendOtp(send: (text: string) => void): void {
  // ruleid: js-insecure-randomness
  const otp = randomInt(1_000_000);
  // ruleid: js-insecure-randomness
  const backupPin = randomInt(10_000);
  // ok: js-insecure-randomness
  const retryDelay = Math.floor(Math.random() * 500);
  send(template.replace('{otp}', String(otp)).replace('{pin}', String(backupPin)) + retryDelay);
}
