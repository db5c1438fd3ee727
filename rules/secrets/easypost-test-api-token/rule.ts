import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'easypost-test-api-token',
  scanner: 'secrets',
  title: 'EasyPost test API key',
  severity: 'medium',
  cwe: [798],
  description:
    'An EasyPost test API key (EZTK…) reads and creates test shipments of the account. It cannot buy postage, but it should still stay out of source: delete it in the EasyPost dashboard and read it from the environment.',
  keywords: ['eztk'],
  // EZTK followed by 54 letters and digits.
  regex: /\bEZTK[A-Za-z0-9]{54}\b/,
  entropy: 2,
  envName: 'EASYPOST_TEST_API_KEY',
};

export default rule;
