import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'squarespace-access-token',
  scanner: 'secrets',
  title: 'Squarespace API key',
  severity: 'high',
  cwe: [798],
  description:
    'A Squarespace API key reads and changes the site\'s commerce data: orders, inventory, products and customer profiles. Revoke it in the Squarespace developer settings and read it from the environment.',
  keywords: ['squarespace'],
  // A name mentioning squarespace, then a UUID.
  regex: assignedSecret(['squarespace'], '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
  envName: 'SQUARESPACE_API_KEY',
};

export default rule;
