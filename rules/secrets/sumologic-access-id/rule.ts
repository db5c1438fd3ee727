import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'sumologic-access-id',
  scanner: 'secrets',
  title: 'Sumo Logic access id',
  severity: 'medium',
  cwe: [798],
  description:
    'A Sumo Logic access id is the user half of an access key pair; with the key it searches all logs and changes collectors and users. Keep the pair in a secret store.',
  keywords: ['sumo'],
  // A name spelled sumo, Sumo or SUMO (case-sensitive, as in gitleaks), then su and 12 letters and digits.
  regex: assignedSecret(['[Ss]umo', 'SUMO'], 'su[A-Za-z0-9]{12}', { caseSensitive: true }),
  entropy: 3,
  envName: 'SUMO_ACCESS_ID',
};

export default rule;
