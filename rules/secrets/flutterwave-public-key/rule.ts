import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'flutterwave-public-key',
  scanner: 'secrets',
  title: 'Flutterwave public key',
  severity: 'medium',
  cwe: [798],
  description:
    'A Flutterwave test public key (FLWPUBK_TEST-…-X) identifies the merchant account to the payment API. It is not secret on its own, but keeping keys in the environment keeps test and live configurations apart.',
  keywords: ['flwpubk_test'],
  // FLWPUBK_TEST- followed by 32 characters of [a-h0-9], then -X (both in any case).
  regex: /FLWPUBK_TEST-[a-hA-H0-9]{32}-[Xx]/,
  entropy: 2,
  envName: 'FLW_PUBLIC_KEY',
};

export default rule;
