import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'flutterwave-encryption-key',
  scanner: 'secrets',
  title: 'Flutterwave encryption key',
  severity: 'medium',
  cwe: [798],
  description:
    'A Flutterwave test encryption key (FLWSECK_TEST-…) encrypts card payloads for direct charges in the test environment. Keep it out of source: regenerate it in the Flutterwave dashboard and read it from the environment.',
  keywords: ['flwseck_test'],
  // FLWSECK_TEST- followed by 12 characters of [a-h0-9] (any case).
  regex: /FLWSECK_TEST-[a-hA-H0-9]{12}/,
  entropy: 2,
  envName: 'FLW_ENCRYPTION_KEY',
};

export default rule;
