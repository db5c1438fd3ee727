import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'kucoin-secret-key',
  scanner: 'secrets',
  title: 'KuCoin API secret',
  severity: 'critical',
  cwe: [798],
  description:
    'A KuCoin API secret signs requests of a KuCoin API credential: with the key and passphrase it trades and, if allowed, withdraws funds. Delete the API key in KuCoin and read the credentials from a secret store.',
  keywords: ['kucoin'],
  // A name mentioning KuCoin, assigned a UUID.
  regex: assignedSecret(['kucoin'], '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
  envName: 'KUCOIN_API_SECRET',
};

export default rule;
