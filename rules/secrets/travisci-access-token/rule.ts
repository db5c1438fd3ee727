import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'travisci-access-token',
  scanner: 'secrets',
  title: 'Travis CI API token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Travis CI API token acts as its user on Travis CI: it triggers builds, reads logs and changes repository settings and environment variables. Regenerate it in the Travis CI settings and read it from the environment.',
  keywords: ['travis'],
  // A name mentioning travis, then 22 letters and digits.
  regex: assignedSecret(['travis'], '[a-z0-9]{22}'),
  envName: 'TRAVIS_API_TOKEN',
};

export default rule;
