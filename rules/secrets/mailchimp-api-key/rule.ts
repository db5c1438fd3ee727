import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'mailchimp-api-key',
  scanner: 'secrets',
  title: 'Mailchimp API key',
  severity: 'high',
  cwe: [798],
  description:
    'A Mailchimp API key (32 hex digits and a -usNN data-centre suffix) manages the audiences, campaigns and subscriber data of its Mailchimp account. Revoke it in Mailchimp and read it from the environment or a secret store.',
  keywords: ['mailchimp'],
  // A name mentioning Mailchimp, assigned 32 hex digits, -us and a two-digit data centre.
  regex: assignedSecret(['MailchimpSDK\\.initialize', 'mailchimp'], '[a-f0-9]{32}-us\\d\\d'),
  envName: 'MAILCHIMP_API_KEY',
};

export default rule;
