import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'fastly-api-token',
  scanner: 'secrets',
  title: 'Fastly API token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Fastly API token assigned in code or configuration can change and purge the CDN services it is scoped to. Delete it in the Fastly control panel and read it from the environment.',
  keywords: ['fastly'],
  // <name mentioning fastly> <assignment> <32 letters, digits, =, _ or ->
  regex: assignedSecret(['fastly'], '[a-z0-9=_-]{32}'),
  envName: 'FASTLY_API_TOKEN',
};

export default rule;
