import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'sentry-access-token',
  scanner: 'secrets',
  title: 'Sentry auth token (old format)',
  severity: 'high',
  cwe: [798],
  description:
    'An old-format Sentry auth token calls the Sentry API with its user\'s or integration\'s scopes: reading events (which contain user data), uploading releases and changing projects. Revoke it in Sentry and read it from the environment.',
  keywords: ['sentry'],
  // A name mentioning sentry, then 64 hex digits.
  regex: assignedSecret(['sentry'], '[a-f0-9]{64}'),
  entropy: 3,
  envName: 'SENTRY_AUTH_TOKEN',
};

export default rule;
