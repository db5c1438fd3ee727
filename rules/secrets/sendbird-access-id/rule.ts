import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'sendbird-access-id',
  scanner: 'secrets',
  title: 'Sendbird application id',
  severity: 'medium',
  cwe: [798],
  description:
    'A Sendbird application id names the chat application an API token belongs to; with the token it reads and sends every message of the app. Keep it with the token out of the source.',
  keywords: ['sendbird'],
  // A name mentioning sendbird, then a UUID.
  regex: assignedSecret(['sendbird'], '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
  envName: 'SENDBIRD_APP_ID',
};

export default rule;
