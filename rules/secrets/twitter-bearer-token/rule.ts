import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'twitter-bearer-token',
  scanner: 'secrets',
  title: 'Twitter bearer token',
  severity: 'high',
  cwe: [798],
  description:
    'A Twitter bearer token calls the API as the app: searching and reading at the app\'s rate limits and cost. Regenerate it in the X developer portal and read it from the environment.',
  keywords: ['twitter'],
  // A name mentioning twitter, then 22 As and 80 to 100 letters, digits or % (any case, as in gitleaks).
  regex: assignedSecret(['twitter'], 'A{22}[a-z0-9%]{80,100}'),
  envName: 'TWITTER_BEARER_TOKEN',
};

export default rule;
