import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'github-oauth',
  scanner: 'secrets',
  title: 'GitHub OAuth access token',
  severity: 'critical',
  cwe: [798],
  description:
    'A GitHub OAuth access token (gho_) lets an OAuth app act as the user who authorised it, with the granted scopes. Revoke it (or the app authorisation), then read tokens from the environment or a secret store.',
  keywords: ['gho_'],
  // Like gitleaks: 36 characters after the prefix, with no boundary after them (a longer run is still reported).
  regex: /\b(gho_[A-Za-z0-9]{36})/,
  entropy: 3,
  envName: 'GITHUB_OAUTH_TOKEN',
};

export default rule;
