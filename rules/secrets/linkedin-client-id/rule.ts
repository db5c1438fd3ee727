import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'linkedin-client-id',
  scanner: 'secrets',
  title: 'LinkedIn client ID',
  severity: 'medium',
  cwe: [798],
  description:
    'A LinkedIn application client ID identifies an OAuth application; it is not a secret by itself, but it is usually committed next to the client secret. Check for the secret and keep both in configuration outside the code.',
  keywords: ['linkedin', 'linked_in', 'linked-in'],
  // A name mentioning LinkedIn, assigned 14 letters and digits.
  regex: assignedSecret(['linked[_-]?in'], '[a-z0-9]{14}'),
  entropy: 2,
  envName: 'LINKEDIN_CLIENT_ID',
};

export default rule;
