import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'octopus-deploy-api-key',
  scanner: 'secrets',
  title: 'Octopus Deploy API key',
  severity: 'critical',
  cwe: [798],
  description:
    'An Octopus Deploy API key acts as its user on the Octopus server: it can create releases and deploy them to any environment that user may touch. Revoke it in the user profile and read it from the environment.',
  keywords: ['api-'],
  // API- followed by 26 upper-case letters and digits.
  regex: /\b(API-[A-Z0-9]{26})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 3,
  envName: 'OCTOPUS_API_KEY',
};

export default rule;
