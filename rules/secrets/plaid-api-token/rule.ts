import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'plaid-api-token',
  scanner: 'secrets',
  title: 'Plaid access token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Plaid access token gives, together with the client credentials, access to one user\'s linked bank accounts: balances, transactions and identity data. Remove the item or rotate the token, then keep it in a secret store.',
  keywords: ['plaid'],
  // A name mentioning plaid, then access-<environment>-<UUID>.
  regex: assignedSecret(['plaid'], 'access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
  envName: 'PLAID_ACCESS_TOKEN',
};

export default rule;
