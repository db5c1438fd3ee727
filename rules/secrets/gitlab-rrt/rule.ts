import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'gitlab-rrt',
  scanner: 'secrets',
  title: 'GitLab runner registration token',
  severity: 'critical',
  cwe: [798],
  description:
    'A GitLab runner registration token (GR1348941…) registers new runners for a project, group or instance; a rogue runner then receives jobs together with their CI/CD variables and secrets. Reset it and move to runner authentication tokens.',
  keywords: ['gr1348941'],
  // GR1348941 then 20 letters, digits, - and _.
  regex: /GR1348941[\w-]{20}/,
  entropy: 3,
  envName: 'GITLAB_RUNNER_REGISTRATION_TOKEN',
};

export default rule;
