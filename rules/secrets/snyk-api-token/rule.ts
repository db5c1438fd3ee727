import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'snyk-api-token',
  scanner: 'secrets',
  title: 'Snyk API token',
  severity: 'high',
  cwe: [798],
  description:
    'A Snyk API token acts as its user or service account: it reads the vulnerability reports of all projects in reach and can import, change and delete projects. Revoke it in Snyk and read it from the environment.',
  keywords: ['snyk'],
  // A name like snyk_token, snyk-api-key or SNYK_OAUTH_TOKEN (snyk, optionally api or oauth, then key or token),
  // then a UUID.
  regex: assignedSecret(['snyk[_.-]?(?:(?:api|oauth)[_.-]?)?(?:key|token)'], '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
  envName: 'SNYK_TOKEN',
};

export default rule;
