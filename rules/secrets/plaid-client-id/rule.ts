import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'plaid-client-id',
  scanner: 'secrets',
  title: 'Plaid client id',
  severity: 'medium',
  cwe: [798],
  description:
    'A Plaid client id is half of the API credentials of a Plaid team; with the secret it calls the Plaid API for all linked accounts. Keep it with the secret in a secret store.',
  keywords: ['plaid'],
  // A name mentioning plaid, then 24 letters and digits.
  regex: assignedSecret(['plaid'], '[a-z0-9]{24}'),
  entropy: 3.5,
  envName: 'PLAID_CLIENT_ID',
};

export default rule;
