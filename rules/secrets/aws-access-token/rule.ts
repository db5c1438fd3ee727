import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'aws-access-token',
  scanner: 'secrets',
  title: 'AWS access key ID',
  severity: 'critical',
  cwe: [798],
  description:
    'An AWS access key ID (AKIA… long-term, ASIA… temporary) is half of an AWS credential pair; its secret key is usually next to it. Deactivate the key in IAM, then use a role, SSO or the environment instead of a literal.',
  // Long-term user keys (AKIA), STS temporary keys (ASIA), and the rarer ABIA/ACCA/A3T? prefixes.
  keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
  // Prefix + 16 characters of the base32 alphabet AWS uses for key ids; 20 characters in all.
  regex: /\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/,
  entropy: 3,
  envName: 'AWS_ACCESS_KEY_ID',
};

export default rule;
