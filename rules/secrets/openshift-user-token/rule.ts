import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'openshift-user-token',
  scanner: 'secrets',
  title: 'OpenShift user token',
  severity: 'critical',
  cwe: [798],
  description:
    'An OpenShift user token (sha256~…) logs in to the cluster as its user, with all of that user\'s roles. Log the session out or delete the token, then read it from the environment.',
  keywords: ['sha256~'],
  // sha256~ followed by 43 base64url characters, not followed by another one.
  regex: /\b(sha256~[\w-]{43})(?![\w-])/,
  entropy: 3.5,
  envName: 'OPENSHIFT_TOKEN',
};

export default rule;
