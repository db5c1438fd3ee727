import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: '1password-service-account-token',
  scanner: 'secrets',
  title: '1Password service account token',
  severity: 'critical',
  cwe: [798],
  description:
    'A 1Password service account token (ops_eyJ…) lets a program read, and possibly write, the vaults it was granted. Revoke it in 1Password and pass it to automation through the CI secret store.',
  keywords: ['ops_'],
  // ops_ followed by a base64-encoded JSON document (eyJ…), 250 characters or more.
  regex: /ops_eyJ[A-Za-z0-9+/]{250,}={0,3}/,
  entropy: 4,
  envName: 'OP_SERVICE_ACCOUNT_TOKEN',
};

export default rule;
