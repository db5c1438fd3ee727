import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'artifactory-reference-token',
  scanner: 'secrets',
  title: 'JFrog Artifactory reference token',
  severity: 'critical',
  cwe: [798],
  description:
    'A JFrog reference token (cmVmd…) is a bearer credential for Artifactory and the JFrog Platform: it can read private artifacts and, for build users, publish them. Revoke it and inject tokens from the CI secret store.',
  keywords: ['cmvmd'],
  // cmVmd (base64 of "ref") followed by 59 letters and digits.
  regex: /\bcmVmd[A-Za-z0-9]{59}\b/,
  entropy: 4.5,
  envName: 'ARTIFACTORY_ACCESS_TOKEN',
};

export default rule;
