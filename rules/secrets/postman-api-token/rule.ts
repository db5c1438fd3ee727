import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'postman-api-token',
  scanner: 'secrets',
  title: 'Postman API key',
  severity: 'high',
  cwe: [798],
  description:
    'A Postman API key reads and changes the collections, environments and monitors of its user, including the secrets stored in environments. Revoke it in the Postman account settings and read it from the environment.',
  keywords: ['pmak-'],
  // PMAK- followed by 24 hex digits, a hyphen and 34 hex digits.
  regex: /\b(PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 3,
  envName: 'POSTMAN_API_KEY',
};

export default rule;
