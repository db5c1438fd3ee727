import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'messagebird-client-id',
  scanner: 'secrets',
  title: 'MessageBird client ID',
  severity: 'medium',
  cwe: [798],
  description:
    'A MessageBird (Bird) client or workspace ID is an identifier, not a credential, but it names the account its access key belongs to and is usually committed next to it. Check for the key and keep both in configuration.',
  keywords: ['messagebird', 'message-bird', 'message_bird'],
  // A name mentioning MessageBird, assigned a UUID.
  regex: assignedSecret(['message[_-]?bird'], '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
  envName: 'MESSAGEBIRD_CLIENT_ID',
};

export default rule;
