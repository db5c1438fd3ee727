import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'mattermost-access-token',
  scanner: 'secrets',
  title: 'Mattermost access token',
  severity: 'high',
  cwe: [798],
  description:
    'A Mattermost personal access or bot token acts as its user or bot on the Mattermost API: it reads channels it belongs to and posts messages. Revoke it in the Mattermost account settings and read it from the environment.',
  keywords: ['mattermost'],
  // A name mentioning Mattermost, assigned 26 letters and digits.
  regex: assignedSecret(['mattermost'], '[a-z0-9]{26}'),
  envName: 'MATTERMOST_TOKEN',
};

export default rule;
