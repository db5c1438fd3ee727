import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'mailgun-signing-key',
  scanner: 'secrets',
  title: 'Mailgun webhook signing key',
  severity: 'high',
  cwe: [798],
  description:
    'A Mailgun webhook signing key verifies that webhook calls come from Mailgun; with it, anyone can forge delivery, bounce and complaint events to your application. Rotate it in the Mailgun dashboard and read it from the environment.',
  keywords: ['mailgun'],
  // A name mentioning Mailgun, assigned 32, 8 and 8 characters of a-h and digits, joined by -.
  regex: assignedSecret(['mailgun'], '[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}'),
  envName: 'MAILGUN_WEBHOOK_SIGNING_KEY',
};

export default rule;
