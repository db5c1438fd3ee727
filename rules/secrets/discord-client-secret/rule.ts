import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'discord-client-secret',
  scanner: 'secrets',
  title: 'Discord client secret',
  severity: 'high',
  cwe: [798],
  description:
    'A Discord application client secret assigned in code or configuration lets anyone run OAuth flows as the application. Reset it in the Discord developer portal and read it from the environment.',
  keywords: ['discord'],
  // <name mentioning discord> <assignment> <32 letters, digits, =, _ or ->
  regex: assignedSecret(['discord'], '[a-z0-9=_-]{32}'),
  entropy: 2,
  envName: 'DISCORD_CLIENT_SECRET',
};

export default rule;
