import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'vault-batch-token',
  scanner: 'secrets',
  title: 'Vault batch token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Vault batch token reads the secrets its policies allow until it expires, and it cannot be revoked on its own. Revoke its parent or shorten its lease, and read it from the environment.',
  keywords: ['hvb.'],
  // hvb. followed by 138 to 300 letters, digits, _ or -.
  regex: /\b(hvb\.[\w-]{138,300})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 4,
  envName: 'VAULT_TOKEN',
};

export default rule;
