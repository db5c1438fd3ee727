import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'heroku-api-key',
  scanner: 'secrets',
  title: 'Heroku API key',
  severity: 'critical',
  cwe: [798],
  description:
    'A Heroku API key acts as its user on the Heroku Platform API: it deploys, scales and deletes apps and reads their config vars, which hold the apps\' own secrets. Regenerate it in the Heroku account settings and read it from the environment.',
  keywords: ['heroku'],
  // A name mentioning Heroku, assigned a UUID.
  regex: assignedSecret(['heroku'], '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
  envName: 'HEROKU_API_KEY',
};

export default rule;
