import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'gitlab-feature-flag-client-token',
  scanner: 'secrets',
  title: 'GitLab feature flag client token',
  severity: 'medium',
  cwe: [798],
  description:
    'A GitLab feature flag client token (glffct-) lets an Unleash client read a project\'s feature flag definitions. It cannot change code, but it discloses unreleased features and rollout rules. Reset it in the project\'s feature flag settings and read it from the environment.',
  keywords: ['glffct-'],
  // glffct- then 20 letters, digits, - and _.
  regex: /glffct-[0-9a-zA-Z_-]{20}/,
  entropy: 3,
  envName: 'GITLAB_FEATURE_FLAGS_TOKEN',
};

export default rule;
