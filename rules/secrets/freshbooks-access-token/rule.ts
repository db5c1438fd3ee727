import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'freshbooks-access-token',
  scanner: 'secrets',
  title: 'FreshBooks access token',
  severity: 'high',
  cwe: [798],
  description:
    'A FreshBooks access token reads and changes the invoices, clients and payments of the FreshBooks account that issued it. Revoke it and read it from the environment or a secret store.',
  keywords: ['freshbooks'],
  // A name mentioning FreshBooks, assigned 64 letters and digits.
  regex: assignedSecret(['freshbooks'], '[a-z0-9]{64}'),
  envName: 'FRESHBOOKS_ACCESS_TOKEN',
};

export default rule;
