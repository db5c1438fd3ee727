import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'gitlab-oauth-app-secret',
  scanner: 'secrets',
  title: 'GitLab OAuth application secret',
  severity: 'high',
  cwe: [798],
  description:
    'A GitLab OAuth application secret (gloas-) lets its holder act as the OAuth application: exchange authorisation codes and refresh tokens for access tokens of the users who authorised it. Renew the secret in the application settings and read it from a secret store.',
  keywords: ['gloas-'],
  // gloas- then 64 letters, digits, - and _.
  regex: /gloas-[0-9a-zA-Z_-]{64}/,
  entropy: 3,
  envName: 'GITLAB_OAUTH_CLIENT_SECRET',
};

export default rule;
