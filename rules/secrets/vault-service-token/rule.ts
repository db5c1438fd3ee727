import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'vault-service-token',
  scanner: 'secrets',
  title: 'Vault service token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Vault service token reads (and, with the right policies, writes) the secrets its policies allow, and may create child tokens. Revoke it with vault token revoke and read it from the environment.',
  keywords: ['hvs.', 's.'],
  // hvs. followed by 90 to 120 characters, or the older s. followed by 24 letters and digits.
  regex: /\b(hvs\.[\w-]{90,120}|s\.[A-Za-z0-9]{24})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 3.5,
  allowlist: {
    // s. followed by 24 letters only is a word or identifier (s.getElementById…), not a token.
    regexes: [/s\.[A-Za-z]{24}/],
  },
  envName: 'VAULT_TOKEN',
};

export default rule;
