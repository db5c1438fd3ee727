import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'messagebird-api-token',
  scanner: 'secrets',
  title: 'MessageBird API key',
  severity: 'high',
  cwe: [798],
  description:
    'A MessageBird (Bird) API access key sends SMS, voice and WhatsApp messages billed to the account and reads its message history. Delete it in the MessageBird dashboard and read it from the environment or a secret store.',
  keywords: ['messagebird', 'message-bird', 'message_bird'],
  // A name mentioning MessageBird, assigned 25 letters and digits.
  regex: assignedSecret(['message[_-]?bird'], '[a-z0-9]{25}'),
  envName: 'MESSAGEBIRD_API_KEY',
};

export default rule;
