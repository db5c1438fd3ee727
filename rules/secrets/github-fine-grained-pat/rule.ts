import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'github-fine-grained-pat',
  scanner: 'secrets',
  title: 'GitHub fine-grained personal access token',
  severity: 'critical',
  cwe: [798],
  description:
    'A GitHub fine-grained personal access token acts as its owner on the repositories and permissions it was granted. Revoke it in GitHub settings, then read it from the environment or a secret store.',
  keywords: ['github_pat_'],
  // github_pat_ + 22 base62 characters + "_" + 59 base62 characters (93 in all).
  regex: /\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/,
  entropy: 3,
  envName: 'GITHUB_TOKEN',
};

export default rule;
