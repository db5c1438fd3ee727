import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'kucoin-access-token',
  scanner: 'secrets',
  title: 'KuCoin API key',
  severity: 'high',
  cwe: [798],
  description:
    'A KuCoin API key identifies an API credential of a KuCoin exchange account; with its secret and passphrase it trades and, if allowed, withdraws funds. Delete the API key in KuCoin and read the credentials from a secret store.',
  keywords: ['kucoin'],
  // A name mentioning KuCoin, assigned 24 hex digits.
  regex: assignedSecret(['kucoin'], '[a-f0-9]{24}'),
  envName: 'KUCOIN_API_KEY',
};

export default rule;
