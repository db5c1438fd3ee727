import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'jfrog-identity-token',
  scanner: 'secrets',
  title: 'JFrog identity token',
  severity: 'critical',
  cwe: [798],
  description:
    'A JFrog identity or reference token reads and publishes artifacts with its user\'s permissions; a tampered artifact reaches every build that pulls it. Revoke it in the JFrog Platform and read it from the environment or a secret store.',
  keywords: ['jfrog', 'artifactory', 'bintray', 'xray'],
  // A name mentioning JFrog, Artifactory, Bintray or Xray, assigned 64 letters and digits.
  regex: assignedSecret(['jfrog', 'artifactory', 'bintray', 'xray'], '[a-z0-9]{64}'),
  envName: 'JFROG_ACCESS_TOKEN',
};

export default rule;
