import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'asana-client-secret',
  scanner: 'secrets',
  title: 'Asana OAuth client secret',
  severity: 'high',
  cwe: [798],
  description:
    'An Asana OAuth app client secret assigned in code or configuration lets anyone exchange authorization codes and refresh tokens as the app. Reset it in the Asana developer console and read it from the environment.',
  keywords: ['asana'],
  // <name mentioning asana> <assignment> <32 letters and digits>
  regex: assignedSecret(['asana'], '[a-z0-9]{32}'),
  envName: 'ASANA_CLIENT_SECRET',
};

export default rule;
