import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'plaid-secret-key',
  scanner: 'secrets',
  title: 'Plaid secret',
  severity: 'critical',
  cwe: [798],
  description:
    'A Plaid secret, with the client id, calls the Plaid API for every bank account linked to the team: balances, transactions, identity and payment initiation. Rotate it in the Plaid dashboard and keep it in a secret store.',
  keywords: ['plaid'],
  // A name mentioning plaid, then 30 letters and digits.
  regex: assignedSecret(['plaid'], '[a-z0-9]{30}'),
  entropy: 3.5,
  envName: 'PLAID_SECRET',
};

export default rule;
