import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'bitbucket-client-id',
  scanner: 'secrets',
  title: 'Bitbucket OAuth client ID',
  severity: 'medium',
  cwe: [798],
  description:
    'A Bitbucket OAuth consumer key assigned in code or configuration identifies the consumer; with its secret it obtains access to repositories. Keep OAuth consumer credentials in the environment.',
  keywords: ['bitbucket'],
  // <name mentioning bitbucket> <assignment> <32 letters and digits>
  regex: assignedSecret(['bitbucket'], '[a-z0-9]{32}'),
  envName: 'BITBUCKET_CLIENT_ID',
};

export default rule;
