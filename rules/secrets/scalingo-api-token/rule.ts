import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'scalingo-api-token',
  scanner: 'secrets',
  title: 'Scalingo API token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Scalingo API token deploys, scales and reconfigures the apps of its user, and reads their environment variables. Revoke it in the Scalingo dashboard and read it from the environment.',
  keywords: ['tk-us-'],
  // tk-us- followed by 48 letters, digits, _ or -.
  regex: /\b(tk-us-[\w-]{48})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 2,
  envName: 'SCALINGO_API_TOKEN',
};

export default rule;
