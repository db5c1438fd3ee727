import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'zendesk-secret-key',
  scanner: 'secrets',
  title: 'Zendesk API token',
  severity: 'high',
  cwe: [798],
  description:
    'A Zendesk API token, with an agent\'s e-mail address, reads and changes tickets, users and settings of the help desk. Delete it in the Zendesk admin center and read it from the environment.',
  keywords: ['zendesk'],
  // A name mentioning zendesk, then 40 letters and digits.
  regex: assignedSecret(['zendesk'], '[a-z0-9]{40}'),
  envName: 'ZENDESK_API_TOKEN',
};

export default rule;
