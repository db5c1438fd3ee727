import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'gitlab-incoming-mail-token',
  scanner: 'secrets',
  title: 'GitLab incoming email token',
  severity: 'medium',
  cwe: [798],
  description:
    'A GitLab incoming email token (glimt-) is part of the personal email address that creates issues and merge requests as its user by email. Reset it in the user\'s access-token settings and keep it out of code.',
  keywords: ['glimt-'],
  // glimt- then 25 letters, digits, - and _.
  regex: /glimt-[0-9a-zA-Z_-]{25}/,
  entropy: 3,
  envName: 'GITLAB_INCOMING_EMAIL_TOKEN',
};

export default rule;
