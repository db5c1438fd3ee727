import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'airtable-api-key',
  scanner: 'secrets',
  title: 'Airtable API key',
  severity: 'high',
  cwe: [798],
  description:
    'An Airtable API key assigned in code or configuration gives read and write access to the bases of its account. Replace it with a scoped personal access token kept in the environment.',
  keywords: ['airtable'],
  // <name mentioning airtable> <assignment> <17 letters and digits>
  regex: assignedSecret(['airtable'], '[a-z0-9]{17}'),
  envName: 'AIRTABLE_API_KEY',
};

export default rule;
