import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'jfrog-api-key',
  scanner: 'secrets',
  title: 'JFrog API key',
  severity: 'critical',
  cwe: [798],
  description:
    'A JFrog Artifactory API key reads and publishes artifacts with its user\'s permissions; a tampered artifact reaches every build that pulls it. Revoke the key (JFrog is retiring API keys) and use a scoped access token from a secret store.',
  keywords: ['jfrog', 'artifactory', 'bintray', 'xray'],
  // A name mentioning JFrog, Artifactory, Bintray or Xray, assigned 73 letters and digits.
  regex: assignedSecret(['jfrog', 'artifactory', 'bintray', 'xray'], '[a-z0-9]{73}'),
  envName: 'ARTIFACTORY_API_KEY',
};

export default rule;
