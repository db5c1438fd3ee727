import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'gitlab-runner-authentication-token',
  scanner: 'secrets',
  title: 'GitLab runner authentication token',
  severity: 'critical',
  cwe: [798],
  description:
    'A GitLab runner authentication token (glrt-) is the identity of a runner: with it, someone can pick up jobs meant for that runner, with their code and CI/CD secrets. Reset the runner\'s token and keep it in the runner\'s protected config.toml or a secret store.',
  keywords: ['glrt-'],
  // glrt- then 20 letters, digits, - and _.
  regex: /glrt-[0-9a-zA-Z_-]{20}/,
  entropy: 3,
  envName: 'RUNNER_TOKEN',
};

export default rule;
