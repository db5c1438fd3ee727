import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'github-pat',
  scanner: 'secrets',
  title: 'GitHub personal access token',
  severity: 'critical',
  cwe: [798],
  description:
    'A GitHub personal access token (classic) grants its owner\'s access to repositories and the API. Revoke it in GitHub settings, then read it from the environment or a secret store.',
  keywords: ['ghp_'],
  regex: /\b(ghp_[0-9a-zA-Z]{36})(?![0-9a-zA-Z])/,
  entropy: 3,
  envName: 'GITHUB_TOKEN',
};

export default rule;
