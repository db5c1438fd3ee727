import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'discord-api-token',
  scanner: 'secrets',
  title: 'Discord API token',
  severity: 'high',
  cwe: [798],
  description:
    'A 64-character hexadecimal Discord key assigned in code or configuration can be used against the Discord API for the application. Reset it in the Discord developer portal and read it from the environment.',
  keywords: ['discord'],
  // <name mentioning discord> <assignment> <64 hexadecimal characters>
  regex: assignedSecret(['discord'], '[a-f0-9]{64}'),
  envName: 'DISCORD_TOKEN',
};

export default rule;
