import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'linkedin-client-secret',
  scanner: 'secrets',
  title: 'LinkedIn client secret',
  severity: 'high',
  cwe: [798],
  description:
    'A LinkedIn application client secret lets its holder act as the OAuth application: exchange authorisation codes for member access tokens and call the API in its name. Reset it in the LinkedIn developer portal and read it from the environment.',
  keywords: ['linkedin', 'linked_in', 'linked-in'],
  // A name mentioning LinkedIn, assigned 16 letters and digits.
  regex: assignedSecret(['linked[_-]?in'], '[a-z0-9]{16}'),
  entropy: 2,
  envName: 'LINKEDIN_CLIENT_SECRET',
};

export default rule;
