import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'twitch-api-token',
  scanner: 'secrets',
  title: 'Twitch API token',
  severity: 'high',
  cwe: [798],
  description:
    'A Twitch client secret or OAuth token calls the Twitch API for the application or user: changing channels, reading subscriber data, and chatting as the user. Rotate it in the Twitch developer console and read it from the environment.',
  keywords: ['twitch'],
  // A name mentioning twitch, then 30 letters and digits.
  regex: assignedSecret(['twitch'], '[a-z0-9]{30}'),
  envName: 'TWITCH_CLIENT_SECRET',
};

export default rule;
