import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'algolia-api-key',
  scanner: 'secrets',
  title: 'Algolia API key',
  severity: 'high',
  cwe: [798],
  description:
    'An Algolia API key assigned in code or configuration may be an admin or write key that can change or delete search indices. Keep admin and write keys on the server, in the environment.',
  keywords: ['algolia'],
  // <name mentioning algolia> <assignment> <32 letters and digits>
  regex: assignedSecret(['algolia'], '[a-z0-9]{32}'),
  envName: 'ALGOLIA_API_KEY',
};

export default rule;
