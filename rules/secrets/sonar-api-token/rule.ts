import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'sonar-api-token',
  scanner: 'secrets',
  title: 'SonarQube/SonarCloud token',
  severity: 'high',
  cwe: [798],
  description:
    'A SonarQube or SonarCloud token acts as its user: it runs analyses, reads source code and issues of the projects in reach and, for administrators, changes quality gates. Revoke it in the Sonar account settings and read it from the environment.',
  keywords: ['sonar'],
  // A name like sonar.login, sonar_token or SONAR_TOKEN, then exactly 40 letters, digits, =, _ or -
  // (legacy hex tokens; prefixed squ_/sqp_ tokens are 44 characters and, as in gitleaks, not matched here).
  regex: assignedSecret(['sonar[_.-]?(?:login|token)'], '[a-z0-9=_-]{40}'),
  envName: 'SONAR_TOKEN',
};

export default rule;
