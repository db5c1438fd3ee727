import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'sentry-user-token',
  scanner: 'secrets',
  title: 'Sentry user auth token',
  severity: 'high',
  cwe: [798],
  description:
    'A Sentry user auth token calls the Sentry API as its user, with the scopes chosen when it was created: reading events, managing projects and members. Revoke it in the user settings and read it from the environment.',
  keywords: ['sntryu_'],
  // sntryu_ followed by 64 lower-case hex digits.
  regex: /\b(sntryu_[a-f0-9]{64})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 3.5,
  envName: 'SENTRY_AUTH_TOKEN',
};

export default rule;
