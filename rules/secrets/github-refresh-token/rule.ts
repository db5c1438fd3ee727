import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'github-refresh-token',
  scanner: 'secrets',
  title: 'GitHub refresh token',
  severity: 'critical',
  cwe: [798],
  description:
    'A GitHub App refresh token (ghr_) mints new user access tokens for the app\'s user until it is used or expires. Revoke the app authorisation and keep refresh tokens in a secret store, never in code.',
  keywords: ['ghr_'],
  // ghr_ then 36 letters and digits.
  regex: /ghr_[0-9a-zA-Z]{36}/,
  entropy: 3,
  envName: 'GITHUB_REFRESH_TOKEN',
};

export default rule;
