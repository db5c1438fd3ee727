import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'gitlab-runner-authentication-token-routable',
  scanner: 'secrets',
  title: 'GitLab runner authentication token (routable)',
  severity: 'critical',
  cwe: [798],
  description:
    'A routable GitLab runner authentication token (glrt-t…) is the identity of a runner: with it, someone can pick up jobs meant for that runner, with their code and CI/CD secrets. Reset the runner\'s token and keep it in a secret store.',
  keywords: ['glrt-'],
  // glrt-t<digit>_, a payload of 27 to 300 characters, a dot, then 9 lower-case letters and digits.
  regex: /\bglrt-t\d_[0-9a-zA-Z_-]{27,300}\.[0-9a-z]{2}[0-9a-z]{7}\b/,
  entropy: 4,
  envName: 'RUNNER_TOKEN',
};

export default rule;
