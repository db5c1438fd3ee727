import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'hubspot-api-key',
  scanner: 'secrets',
  title: 'HubSpot API key',
  severity: 'high',
  cwe: [798],
  description:
    'A HubSpot API key (a UUID) reads and writes the CRM of its HubSpot portal: contacts, deals and emails. Deactivate it, move to a private app token and read the credential from the environment or a secret store.',
  keywords: ['hubspot'],
  // A name mentioning HubSpot, assigned a UUID (either case).
  regex: assignedSecret(['hubspot'], '[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}'),
  envName: 'HUBSPOT_API_KEY',
};

export default rule;
