import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'defined-networking-api-token',
  scanner: 'secrets',
  title: 'Defined Networking API key',
  severity: 'high',
  cwe: [798],
  description:
    'A Defined Networking (Managed Nebula) API key (dnkey-…) can enrol hosts into and change the overlay network. Delete it in the Defined Networking admin panel and read it from the environment.',
  keywords: ['dnkey'],
  // <name mentioning dnkey> <assignment> <dnkey-, 26 characters, -, 52 characters> (letters,
  // digits, =, _ or -)
  regex: assignedSecret(['dnkey'], 'dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}'),
  envName: 'DN_API_KEY',
};

export default rule;
