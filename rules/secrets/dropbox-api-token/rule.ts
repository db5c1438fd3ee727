import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'dropbox-api-token',
  scanner: 'secrets',
  title: 'Dropbox app key or secret',
  severity: 'high',
  cwe: [798],
  description:
    'A 15-character Dropbox app key or secret assigned in code or configuration identifies and authenticates the Dropbox app. Reset the app secret in the Dropbox App Console and read it from the environment.',
  keywords: ['dropbox'],
  // <name mentioning dropbox> <assignment> <15 letters and digits>
  regex: assignedSecret(['dropbox'], '[a-z0-9]{15}'),
  envName: 'DROPBOX_APP_SECRET',
};

export default rule;
