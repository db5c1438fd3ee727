import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'asana-client-id',
  scanner: 'secrets',
  title: 'Asana OAuth client ID',
  severity: 'medium',
  cwe: [798],
  description:
    'An Asana OAuth app client ID assigned in code or configuration identifies the app; next to its client secret it lets others act as the app. Keep app credentials in the environment.',
  keywords: ['asana'],
  // <name mentioning asana> <assignment> <16 digits>
  regex: assignedSecret(['asana'], '[0-9]{16}'),
  envName: 'ASANA_CLIENT_ID',
};

export default rule;
