import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'new-relic-user-api-id',
  scanner: 'secrets',
  title: 'New Relic user API key (unprefixed)',
  severity: 'high',
  cwe: [798],
  description:
    'A 64-character value assigned to a New Relic name is most likely a user or admin API key: it queries and changes the account\'s data, dashboards and alert settings. Delete the key in New Relic and read it from the environment.',
  keywords: ['new-relic', 'newrelic', 'new_relic'],
  // A name mentioning New Relic, assigned 64 letters and digits.
  regex: assignedSecret(['new-relic', 'newrelic', 'new_relic'], '[a-z0-9]{64}'),
  envName: 'NEW_RELIC_API_KEY',
};

export default rule;
