import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'heroku-api-key-v2',
  scanner: 'secrets',
  title: 'Heroku API key (HRKU-)',
  severity: 'critical',
  cwe: [798],
  description:
    'A Heroku API key in the current format (HRKU-AA…) acts as its user on the Heroku Platform API: deploys, scales and deletes apps and reads their config vars. Revoke it and read it from the environment or a secret store.',
  keywords: ['hrku-aa'],
  // HRKU-AA then 58 letters, digits, _ and -.
  regex: /\b(HRKU-AA[0-9a-zA-Z_-]{58})(?:[\x60'"\s;]|\\[nr]|$)/,
  entropy: 4,
  envName: 'HEROKU_API_KEY',
};

export default rule;
