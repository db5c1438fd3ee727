import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'easypost-api-token',
  scanner: 'secrets',
  title: 'EasyPost production API key',
  severity: 'high',
  cwe: [798],
  description:
    'An EasyPost production API key (EZAK…) buys postage and reads the account\'s shipments and addresses. Delete it in the EasyPost dashboard and read it from the environment.',
  keywords: ['ezak'],
  // EZAK followed by 54 letters and digits.
  regex: /\bEZAK[A-Za-z0-9]{54}\b/,
  entropy: 2,
  envName: 'EASYPOST_API_KEY',
};

export default rule;
