import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'dropbox-short-lived-api-token',
  scanner: 'secrets',
  title: 'Dropbox short-lived access token',
  severity: 'high',
  cwe: [798],
  description:
    'A Dropbox short-lived access token (sl.…) assigned in code or configuration reads and writes the linked account\'s files for a few hours. Revoke it and obtain tokens at run time from a refresh token kept in the environment.',
  keywords: ['dropbox'],
  // <name mentioning dropbox> <assignment> <sl. followed by 135 letters, digits, =, _ or ->
  regex: assignedSecret(['dropbox'], 'sl\\.[a-z0-9=_-]{135}'),
  envName: 'DROPBOX_ACCESS_TOKEN',
};

export default rule;
