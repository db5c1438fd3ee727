import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'yandex-access-token',
  scanner: 'secrets',
  title: 'Yandex Cloud IAM token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Yandex Cloud IAM token acts as the account it was issued for, with all its roles, until it expires (up to 12 hours). Let it expire or revoke it, rotate the credentials that issued it, and obtain tokens at run time.',
  keywords: ['yandex'],
  // A name mentioning yandex, then t1., a base64url part, ., and an 86-character base64url part.
  regex: assignedSecret(['yandex'], 't1\\.[A-Za-z0-9_-]+={0,2}\\.[A-Za-z0-9_-]{86}={0,2}'),
  envName: 'YC_TOKEN',
};

export default rule;
