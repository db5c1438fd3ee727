import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'mailgun-pub-key',
  scanner: 'secrets',
  title: 'Mailgun public validation key',
  severity: 'medium',
  cwe: [798],
  description:
    'A Mailgun public validation key (pubkey-…) calls the email address validation API, billed to the account. Rotate it if it was not meant to be public and read it from configuration.',
  keywords: ['mailgun'],
  // A name mentioning Mailgun, assigned pubkey- and 32 hex digits.
  regex: assignedSecret(['mailgun'], 'pubkey-[a-f0-9]{32}'),
  envName: 'MAILGUN_PUBLIC_KEY',
};

export default rule;
