import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'new-relic-user-api-key',
  scanner: 'secrets',
  title: 'New Relic user API key',
  severity: 'high',
  cwe: [798],
  description:
    'A New Relic user API key (NRAK-) calls NerdGraph as its user: it queries all account data and changes dashboards, alerts and other users\' settings within its permissions. Delete the key in New Relic and read it from the environment.',
  keywords: ['nrak'],
  // A name mentioning New Relic, assigned NRAK- and 27 letters and digits.
  regex: assignedSecret(['new-relic', 'newrelic', 'new_relic'], 'NRAK-[a-z0-9]{27}'),
  envName: 'NEW_RELIC_API_KEY',
};

export default rule;
