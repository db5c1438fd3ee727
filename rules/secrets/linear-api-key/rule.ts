import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'linear-api-key',
  scanner: 'secrets',
  title: 'Linear API key',
  severity: 'high',
  cwe: [798],
  description:
    'A Linear personal API key (lin_api_) reads and writes the issues, projects and comments its user can access in Linear. Revoke it in the Linear API settings and read it from the environment or a secret store.',
  keywords: ['lin_api_'],
  // lin_api_ then 40 letters and digits.
  regex: /lin_api_[A-Za-z0-9]{40}/,
  entropy: 2,
  envName: 'LINEAR_API_KEY',
};

export default rule;
