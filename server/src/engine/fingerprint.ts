import { createHash } from 'node:crypto';

/**
 * A stable identity for a finding: file, rule and the normalised content that triggered it
 * (never the line number), plus the occurrence index among identical matches in the file.
 * Moving code or editing other lines leaves it unchanged, so baselines survive.
 */
export function fingerprint(file: string, ruleId: string, basis: string, occurrence: number): string {
  const normalised = basis.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${file}\0${ruleId}\0${normalised}\0${occurrence}`).digest('hex').slice(0, 32);
}
