import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'sumologic-access-token',
  scanner: 'secrets',
  title: 'Sumo Logic access key',
  severity: 'high',
  cwe: [798],
  description:
    'A Sumo Logic access key, with its id, calls the Sumo Logic API as its user: searching all logs, and changing collectors, monitors and users. Delete it in Sumo Logic and read it from the environment.',
  keywords: ['sumo'],
  // A name spelled sumo, Sumo or SUMO (case-sensitive, as in gitleaks), then 64 letters and digits.
  regex: assignedSecret(['[Ss]umo', 'SUMO'], '[A-Za-z0-9]{64}', { caseSensitive: true }),
  entropy: 3,
  envName: 'SUMO_ACCESS_KEY',
};

export default rule;
