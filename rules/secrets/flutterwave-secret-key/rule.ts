import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'flutterwave-secret-key',
  scanner: 'secrets',
  title: 'Flutterwave test secret key',
  severity: 'medium',
  cwe: [798],
  description:
    'A Flutterwave test-mode secret key authenticates server-side calls to the Flutterwave API for its account. Regenerate it in the Flutterwave dashboard and read it from the environment or a secret store.',
  keywords: ['flwseck_test'],
  // FLWSECK_TEST- (case as written), 32 hex-like letters a-h and digits, then -X.
  regex: /FLWSECK_TEST-[a-hA-H0-9]{32}-[Xx]/,
  entropy: 2,
  envName: 'FLUTTERWAVE_SECRET_KEY',
};

export default rule;
