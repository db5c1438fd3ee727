import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'cloudflare-api-key',
  scanner: 'secrets',
  title: 'Cloudflare API token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Cloudflare API token assigned in code or configuration can change DNS, firewall, Workers and other settings of the zones it was granted. Roll it in the Cloudflare dashboard and read it from the environment.',
  keywords: ['cloudflare'],
  // <name mentioning cloudflare> <assignment> <40 letters, digits, _ or ->
  regex: assignedSecret(['cloudflare'], '[a-z0-9_-]{40}'),
  entropy: 2,
  envName: 'CLOUDFLARE_API_TOKEN',
};

export default rule;
