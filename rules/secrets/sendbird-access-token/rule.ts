import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'sendbird-access-token',
  scanner: 'secrets',
  title: 'Sendbird API token',
  severity: 'high',
  cwe: [798],
  description:
    'A Sendbird API token is a master token for the chat application: it reads and sends messages as any user and manages channels. Revoke it in the Sendbird dashboard and read it from the environment.',
  keywords: ['sendbird'],
  // A name mentioning sendbird, then 40 hex digits.
  regex: assignedSecret(['sendbird'], '[a-f0-9]{40}'),
  envName: 'SENDBIRD_API_TOKEN',
};

export default rule;
