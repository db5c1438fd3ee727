import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'infracost-api-token',
  scanner: 'secrets',
  title: 'Infracost API token',
  severity: 'medium',
  cwe: [798],
  description:
    'An Infracost API key (ico-) authenticates the Infracost CLI and Cloud to the pricing API and your organisation\'s cost data. Rotate it in Infracost Cloud and read it from the environment (INFRACOST_API_KEY).',
  keywords: ['ico-'],
  // ico- then 32 letters and digits.
  regex: /\b(ico-[a-zA-Z0-9]{32})(?:[\x60'"\s;]|\\[nr]|$)/,
  entropy: 3,
  envName: 'INFRACOST_API_KEY',
};

export default rule;
