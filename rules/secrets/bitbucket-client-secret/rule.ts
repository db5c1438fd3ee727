import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'bitbucket-client-secret',
  scanner: 'secrets',
  title: 'Bitbucket OAuth client secret',
  severity: 'critical',
  cwe: [798],
  description:
    'A Bitbucket OAuth consumer secret assigned in code or configuration lets anyone obtain tokens for the workspace\'s repositories with the consumer\'s permissions. Delete the consumer and read its replacement from the environment.',
  keywords: ['bitbucket'],
  // <name mentioning bitbucket> <assignment> <64 letters, digits, =, _ or ->
  regex: assignedSecret(['bitbucket'], '[a-z0-9=_-]{64}'),
  envName: 'BITBUCKET_CLIENT_SECRET',
};

export default rule;
