import * as crypto from 'node:crypto';

/**
 * SHA-256 as hex. `crypto.hash` (Node ≥ 20.12) hashes in one call, several times cheaper than a
 * Hash object for inputs this short (a report computes one per finding); the Node of older VS Code
 * releases lacks it.
 */
const sha256Hex: (data: string) => string =
  typeof crypto.hash === 'function' ? (data) => crypto.hash('sha256', data, 'hex') : (data) => crypto.createHash('sha256').update(data).digest('hex');

/**
 * A stable identity for a finding: file, rule and the normalised content that triggered it
 * (never the line number), plus the occurrence index among identical matches in the file.
 * Moving code or editing other lines leaves it unchanged, so baselines survive.
 */
export function fingerprint(file: string, ruleId: string, basis: string, occurrence: number): string {
  const normalised = basis.replace(/\s+/g, ' ').trim();
  return sha256Hex(`${file}\0${ruleId}\0${normalised}\0${occurrence}`).slice(0, 32);
}
