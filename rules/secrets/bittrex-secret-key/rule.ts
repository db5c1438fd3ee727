import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'bittrex-secret-key',
  scanner: 'secrets',
  title: 'Bittrex API secret',
  severity: 'critical',
  cwe: [798],
  description:
    'A Bittrex API secret assigned in code or configuration signs exchange API requests: reading balances, trading and possibly withdrawing. Delete the key pair on the exchange and keep trading credentials out of code.',
  keywords: ['bittrex'],
  // <name mentioning bittrex> <assignment> <32 letters and digits>. Keys and secrets have the
  // same shape, so a line may be reported as both bittrex-access-key and bittrex-secret-key.
  regex: assignedSecret(['bittrex'], '[a-z0-9]{32}'),
  envName: 'BITTREX_API_SECRET',
};

export default rule;
