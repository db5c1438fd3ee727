import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'discord-client-id',
  scanner: 'secrets',
  title: 'Discord client ID',
  severity: 'medium',
  cwe: [798],
  description:
    'A Discord application client ID assigned in code or configuration identifies the application; with the client secret it completes the OAuth credentials. Keep app credentials in the environment.',
  keywords: ['discord'],
  // <name mentioning discord> <assignment> <18 digits>
  regex: assignedSecret(['discord'], '[0-9]{18}'),
  entropy: 2,
  envName: 'DISCORD_CLIENT_ID',
};

export default rule;
