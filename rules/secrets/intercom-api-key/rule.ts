import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'intercom-api-key',
  scanner: 'secrets',
  title: 'Intercom access token',
  severity: 'high',
  cwe: [798],
  description:
    'An Intercom access token reads and writes the conversations, contacts and companies of its Intercom workspace. Revoke it in the Intercom developer hub and read it from the environment or a secret store.',
  keywords: ['intercom'],
  // A name mentioning Intercom, assigned 60 letters, digits, =, _ or -.
  regex: assignedSecret(['intercom'], '[a-z0-9=_-]{60}'),
  envName: 'INTERCOM_ACCESS_TOKEN',
};

export default rule;
