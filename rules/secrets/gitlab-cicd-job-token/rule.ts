import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'gitlab-cicd-job-token',
  scanner: 'secrets',
  title: 'GitLab CI/CD job token',
  severity: 'high',
  cwe: [798],
  description:
    'A GitLab CI/CD job token (glcbt-) authenticates as the pipeline job: it can clone projects, pull and push packages and registry images the job may use. It expires with the job, but logs and artifacts keep it. Use $CI_JOB_TOKEN instead of copying the value.',
  keywords: ['glcbt-'],
  // glcbt-, a short partition prefix of 1 to 5 letters and digits, _, then 20 characters.
  regex: /glcbt-[0-9a-zA-Z]{1,5}_[0-9a-zA-Z_-]{20}/,
  entropy: 3,
  envName: 'CI_JOB_TOKEN',
};

export default rule;
