import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'github-app-token',
  scanner: 'secrets',
  title: 'GitHub App token',
  severity: 'critical',
  cwe: [798],
  description:
    'A GitHub App user-to-server (ghu_) or installation (ghs_) token acts with the app\'s permissions on the repositories it is installed on. Revoke it, then mint tokens at run time from the app\'s key held in a secret store.',
  keywords: ['ghu_', 'ghs_'],
  regex: /\b((?:ghu|ghs)_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
  entropy: 3,
  envName: 'GITHUB_TOKEN',
};

export default rule;
