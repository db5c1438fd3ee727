import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'twitter-api-secret',
  scanner: 'secrets',
  title: 'Twitter API secret',
  severity: 'high',
  cwe: [798],
  description:
    'A Twitter API secret signs requests as the app and mints user tokens for it. Regenerate it in the X developer portal and read it from the environment.',
  keywords: ['twitter'],
  // A name mentioning twitter, then 50 letters and digits (any case, as in gitleaks).
  regex: assignedSecret(['twitter'], '[a-z0-9]{50}'),
  envName: 'TWITTER_API_SECRET',
};

export default rule;
