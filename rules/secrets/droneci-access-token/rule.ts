import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'droneci-access-token',
  scanner: 'secrets',
  title: 'Drone CI access token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Drone CI access token assigned in code or configuration acts as its user on the Drone server: it can read and change repository secrets and trigger builds. Rotate it in Drone and read it from the environment.',
  keywords: ['droneci'],
  // <name mentioning droneci> <assignment> <32 letters and digits>
  regex: assignedSecret(['droneci'], '[a-z0-9]{32}'),
  envName: 'DRONE_TOKEN',
};

export default rule;
