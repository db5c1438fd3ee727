import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'readme-api-token',
  scanner: 'secrets',
  title: 'ReadMe API key',
  severity: 'high',
  cwe: [798],
  description:
    'A ReadMe API key changes the documentation project it belongs to: pages, API definitions and changelogs. Regenerate it in the ReadMe dashboard and read it from the environment.',
  keywords: ['rdme_'],
  // rdme_ followed by 70 lower-case letters and digits.
  regex: /\b(rdme_[a-z0-9]{70})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 2,
  envName: 'README_API_KEY',
};

export default rule;
