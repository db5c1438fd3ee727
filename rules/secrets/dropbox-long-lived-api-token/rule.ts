import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'dropbox-long-lived-api-token',
  scanner: 'secrets',
  title: 'Dropbox long-lived access token',
  severity: 'high',
  cwe: [798],
  description:
    'A Dropbox long-lived access token assigned in code or configuration reads and writes the linked account\'s files until it is revoked. Revoke it and use short-lived tokens with a refresh token from the environment.',
  keywords: ['dropbox'],
  // <name mentioning dropbox> <assignment> <11 letters and digits, AAAAAAAAAA, 43 letters, digits, =, _ or ->
  regex: assignedSecret(['dropbox'], '[a-z0-9]{11}AAAAAAAAAA[a-z0-9=_-]{43}'),
  envName: 'DROPBOX_ACCESS_TOKEN',
};

export default rule;
