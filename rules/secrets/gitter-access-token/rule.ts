import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'gitter-access-token',
  scanner: 'secrets',
  title: 'Gitter access token',
  severity: 'medium',
  cwe: [798],
  description:
    'A Gitter access token posts and reads messages in the rooms of the Gitter (Matrix) user it belongs to. Revoke it and read it from the environment or a secret store.',
  keywords: ['gitter'],
  // A name mentioning Gitter, assigned 40 letters, digits, _ or -.
  regex: assignedSecret(['gitter'], '[a-z0-9_-]{40}'),
  envName: 'GITTER_TOKEN',
};

export default rule;
