import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'gitlab-ptt',
  scanner: 'secrets',
  title: 'GitLab pipeline trigger token',
  severity: 'high',
  cwe: [798],
  description:
    'A GitLab pipeline trigger token (glptt-) starts pipelines on any branch of its project, with variables of the caller\'s choosing, as the user who owns the trigger. Revoke it in the project\'s CI/CD settings and read it from the environment or a secret store.',
  keywords: ['glptt-'],
  // glptt- then 40 lower-case hex digits.
  regex: /glptt-[0-9a-f]{40}/,
  entropy: 3,
  envName: 'GITLAB_TRIGGER_TOKEN',
};

export default rule;
