import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'new-relic-insert-key',
  scanner: 'secrets',
  title: 'New Relic insert key',
  severity: 'high',
  cwe: [798],
  description:
    'A New Relic insert key (NRII-) writes events, metrics and logs into the account; anyone holding it can inject fake data or flood the account\'s ingest. Delete it in New Relic and read the key from the environment or a secret store.',
  keywords: ['nrii-'],
  // A name mentioning New Relic, assigned NRII- and 32 letters, digits and -.
  regex: assignedSecret(['new-relic', 'newrelic', 'new_relic'], 'NRII-[a-z0-9-]{32}'),
  envName: 'NEW_RELIC_INSERT_KEY',
};

export default rule;
