import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'gitlab-scim-token',
  scanner: 'secrets',
  title: 'GitLab SCIM token',
  severity: 'critical',
  cwe: [798],
  description:
    'A GitLab SCIM token (glsoat-) lets an identity provider create, update and deprovision the members of a GitLab group. Someone holding it can add accounts to the group or remove real ones. Reset it in the group\'s SAML settings and keep it in the identity provider only.',
  keywords: ['glsoat-'],
  // glsoat- then 20 letters, digits, - and _.
  regex: /glsoat-[0-9a-zA-Z_-]{20}/,
  entropy: 3,
  envName: 'GITLAB_SCIM_TOKEN',
};

export default rule;
