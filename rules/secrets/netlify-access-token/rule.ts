import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'netlify-access-token',
  scanner: 'secrets',
  title: 'Netlify access token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Netlify personal access token acts as its user on the Netlify API: it deploys sites, changes build settings and environment variables and reads them. Revoke it in the Netlify user settings and read it from the environment (NETLIFY_AUTH_TOKEN).',
  keywords: ['netlify'],
  // A name mentioning Netlify, assigned 40 to 46 letters, digits, =, _ or -.
  regex: assignedSecret(['netlify'], '[a-z0-9=_-]{40,46}'),
  envName: 'NETLIFY_AUTH_TOKEN',
};

export default rule;
