import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'gocardless-api-token',
  scanner: 'secrets',
  title: 'GoCardless live access token',
  severity: 'critical',
  cwe: [798],
  description:
    'A GoCardless live access token collects and refunds Direct Debit payments and reads customer bank details for its organisation. Revoke it in the GoCardless dashboard and read it from the environment or a secret store.',
  keywords: ['live_', 'gocardless'],
  // A name mentioning GoCardless, assigned live_ and 40 letters, digits, -, _ or =.
  regex: assignedSecret(['gocardless'], 'live_[a-z0-9_=-]{40}'),
  envName: 'GOCARDLESS_ACCESS_TOKEN',
};

export default rule;
