import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'gitlab-deploy-token',
  scanner: 'secrets',
  title: 'GitLab deploy token',
  severity: 'critical',
  cwe: [798],
  description:
    'A GitLab deploy token (gldt-) reads, and with write scopes pushes, a project\'s repository, packages and container registry. Revoke it in the project\'s repository settings and read it from the CI secret store.',
  keywords: ['gldt-'],
  // gldt- then 20 letters, digits, - and _.
  regex: /gldt-[0-9a-zA-Z_-]{20}/,
  entropy: 3,
  envName: 'GITLAB_DEPLOY_TOKEN',
};

export default rule;
