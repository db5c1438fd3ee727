import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'cloudflare-global-api-key',
  scanner: 'secrets',
  title: 'Cloudflare Global API key',
  severity: 'critical',
  cwe: [798],
  description:
    'A Cloudflare Global API key assigned in code or configuration has full control of every zone and setting of the account. Change it in the Cloudflare dashboard and use scoped API tokens instead.',
  keywords: ['cloudflare'],
  // <name mentioning cloudflare> <assignment> <37 hexadecimal characters>
  regex: assignedSecret(['cloudflare'], '[a-f0-9]{37}'),
  entropy: 2,
  envName: 'CLOUDFLARE_API_KEY',
};

export default rule;
