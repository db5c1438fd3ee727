import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'kraken-access-token',
  scanner: 'secrets',
  title: 'Kraken API key',
  severity: 'critical',
  cwe: [798],
  description:
    'A Kraken API key or private key can query balances and, depending on its permissions, trade and withdraw funds from the Kraken exchange account. Revoke it in the Kraken account settings and read it from the environment or a secret store.',
  keywords: ['kraken'],
  // A name mentioning Kraken, assigned 80 to 90 base64 characters.
  regex: assignedSecret(['kraken'], '[a-z0-9/=_+-]{80,90}'),
  envName: 'KRAKEN_API_SECRET',
};

export default rule;
