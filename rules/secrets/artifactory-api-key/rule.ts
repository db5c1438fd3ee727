import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'artifactory-api-key',
  scanner: 'secrets',
  title: 'JFrog Artifactory API key',
  severity: 'critical',
  cwe: [798],
  description:
    'A JFrog Artifactory API key (AKCp…) authenticates as its user to the artifact repository: it can download private packages and, usually, publish new ones. Revoke it and use short-lived access tokens from the CI secret store.',
  keywords: ['akcp'],
  // AKCp followed by 69 letters and digits.
  regex: /\bAKCp[A-Za-z0-9]{69}\b/,
  entropy: 4.5,
  envName: 'ARTIFACTORY_API_KEY',
};

export default rule;
