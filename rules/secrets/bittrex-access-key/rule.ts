import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'bittrex-access-key',
  scanner: 'secrets',
  title: 'Bittrex API key',
  severity: 'high',
  cwe: [798],
  description:
    'A Bittrex API key assigned in code or configuration is half of an exchange API credential and is usually stored next to its secret. Delete the key pair on the exchange and keep trading credentials out of code.',
  keywords: ['bittrex'],
  // <name mentioning bittrex> <assignment> <32 letters and digits>. Keys and secrets have the
  // same shape, so a line may be reported as both bittrex-access-key and bittrex-secret-key.
  regex: assignedSecret(['bittrex'], '[a-z0-9]{32}'),
  envName: 'BITTREX_API_KEY',
};

export default rule;
