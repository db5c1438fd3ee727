import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'yandex-api-key',
  scanner: 'secrets',
  title: 'Yandex Cloud API key',
  severity: 'critical',
  cwe: [798],
  description:
    'A Yandex Cloud API key calls Yandex Cloud APIs as its service account, with all the service account\'s roles. Delete it in Yandex Cloud and read it from the environment or Lockbox.',
  keywords: ['yandex'],
  // A name mentioning yandex, then AQVN and 35 to 38 base64url characters.
  regex: assignedSecret(['yandex'], 'AQVN[A-Za-z0-9_-]{35,38}'),
  envName: 'YC_API_KEY',
};

export default rule;
