import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'twitter-api-key',
  scanner: 'secrets',
  title: 'Twitter API key',
  severity: 'medium',
  cwe: [798],
  description:
    'A Twitter API key identifies the app; with the API secret it signs requests as the app. Regenerate it in the X developer portal and read it from the environment.',
  keywords: ['twitter'],
  // A name mentioning twitter, then 25 letters and digits (any case, as in gitleaks).
  regex: assignedSecret(['twitter'], '[a-z0-9]{25}'),
  envName: 'TWITTER_API_KEY',
};

export default rule;
