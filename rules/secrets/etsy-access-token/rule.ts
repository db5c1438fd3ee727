import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'etsy-access-token',
  scanner: 'secrets',
  title: 'Etsy API key',
  severity: 'high',
  cwe: [798],
  description:
    'An Etsy API key assigned in code or configuration identifies your Etsy app; with OAuth tokens it manages shops, listings and orders. Reset it in the Etsy developer portal and read it from the environment.',
  keywords: ['etsy'],
  // <name mentioning Etsy (etsy, Etsy or ETSY)> <assignment> <24 letters and digits>
  regex: assignedSecret(['ETSY', '[Ee]tsy'], '[A-Za-z0-9]{24}', { caseSensitive: true }),
  entropy: 3,
  envName: 'ETSY_API_KEY',
};

export default rule;
