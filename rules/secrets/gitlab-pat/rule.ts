import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'gitlab-pat',
  scanner: 'secrets',
  title: 'GitLab personal access token',
  severity: 'critical',
  cwe: [798],
  description:
    'A GitLab personal access token (glpat-) acts as its user on the API and over Git: depending on its scopes it reads and pushes code, runs pipelines and administers projects. Revoke it in the user\'s access-token settings and read it from the environment or a secret store.',
  keywords: ['glpat-'],
  // glpat- then 20 letters, digits, - and _ (the legacy format; routable tokens are longer).
  regex: /glpat-[\w-]{20}/,
  entropy: 3,
  envName: 'GITLAB_TOKEN',
};

export default rule;
