import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'notion-api-token',
  scanner: 'secrets',
  title: 'Notion integration token',
  severity: 'high',
  cwe: [798],
  description:
    'A Notion integration token (ntn_) reads and edits the pages and databases shared with its integration. Refresh the secret in the integration settings and read it from the environment or a secret store.',
  keywords: ['ntn_'],
  // ntn_, 11 digits, then 35 letters and digits.
  regex: /\b(ntn_[0-9]{11}[A-Za-z0-9]{35})(?:[\x60'"\s;]|\\[nr]|$)/,
  entropy: 4,
  envName: 'NOTION_TOKEN',
};

export default rule;
