import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'twitter-access-token',
  scanner: 'secrets',
  title: 'Twitter access token',
  severity: 'high',
  cwe: [798],
  description:
    'A Twitter access token acts as the user who authorised the app: posting, reading direct messages, following. Regenerate it in the X developer portal and read it from the environment.',
  keywords: ['twitter'],
  // A name mentioning twitter, then the user id (15 to 25 digits), - and 20 to 40 letters and digits (any case, as in gitleaks).
  regex: assignedSecret(['twitter'], '[0-9]{15,25}-[a-zA-Z0-9]{20,40}'),
  envName: 'TWITTER_ACCESS_TOKEN',
};

export default rule;
