import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'square-access-token',
  scanner: 'secrets',
  title: 'Square access token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Square access token takes payments, issues refunds and reads customers and transactions of the seller account. Revoke it in the Square Developer Dashboard and read it from the environment.',
  keywords: ['sq0atp-', 'eaaa'],
  // EAAA or sq0atp- followed by 22 to 60 letters, digits, _ or -.
  regex: /\b((?:EAAA|sq0atp-)[\w-]{22,60})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 2,
  envName: 'SQUARE_ACCESS_TOKEN',
};

export default rule;
