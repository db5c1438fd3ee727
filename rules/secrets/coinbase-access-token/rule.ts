import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'coinbase-access-token',
  scanner: 'secrets',
  title: 'Coinbase access token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Coinbase API credential assigned in code or configuration can read balances and, with trade or transfer permissions, move funds. Delete it in Coinbase and keep exchange credentials in a secrets manager.',
  keywords: ['coinbase'],
  // <name mentioning coinbase> <assignment> <64 letters, digits, _ or ->
  regex: assignedSecret(['coinbase'], '[a-z0-9_-]{64}'),
  envName: 'COINBASE_API_SECRET',
};

export default rule;
