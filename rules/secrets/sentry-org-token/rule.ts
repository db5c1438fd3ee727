import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'sentry-org-token',
  scanner: 'secrets',
  title: 'Sentry organisation auth token',
  severity: 'high',
  cwe: [798],
  description:
    'A Sentry organisation auth token uploads releases, source maps and debug files for the organisation and can read its projects. Revoke it in the organisation settings and read it from the environment.',
  keywords: ['sntrys_eyjpyxqio'],
  // sntrys_, a base64 JSON payload that starts with {"iat": and contains "region_url",
  // an underscore and the 43-character base64 secret.
  regex: /\bsntrys_eyJpYXQiO[A-Za-z0-9+/]{10,200}(?:LCJyZWdpb25fdXJs|InJlZ2lvbl91cmwi|cmVnaW9uX3VybCI6)[A-Za-z0-9+/]{10,200}={0,2}_[A-Za-z0-9+/]{43}(?![A-Za-z0-9+/])/,
  entropy: 4.5,
  envName: 'SENTRY_AUTH_TOKEN',
};

export default rule;
