import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'twitter-access-secret',
  scanner: 'secrets',
  title: 'Twitter access token secret',
  severity: 'high',
  cwe: [798],
  description:
    'A Twitter access token secret with the access token, acts as the user who authorised the app. Regenerate it in the X developer portal and read it from the environment.',
  keywords: ['twitter'],
  // A name mentioning twitter, then 45 letters and digits (any case, as in gitleaks).
  regex: assignedSecret(['twitter'], '[a-z0-9]{45}'),
  envName: 'TWITTER_ACCESS_SECRET',
};

export default rule;
