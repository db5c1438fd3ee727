import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'mailgun-private-api-token',
  scanner: 'secrets',
  title: 'Mailgun private API key',
  severity: 'high',
  cwe: [798],
  description:
    'A Mailgun private API key (key-…) sends email from the account\'s domains and reads its logs, routes and suppression lists. Rotate it in the Mailgun dashboard and read it from the environment or a secret store.',
  keywords: ['mailgun'],
  // A name mentioning Mailgun, assigned key- and 32 hex digits.
  regex: assignedSecret(['mailgun'], 'key-[a-f0-9]{32}'),
  envName: 'MAILGUN_API_KEY',
};

export default rule;
