import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'yandex-aws-access-token',
  scanner: 'secrets',
  title: 'Yandex Cloud static access key',
  severity: 'critical',
  cwe: [798],
  description:
    'A Yandex Cloud static access key reads and writes Object Storage buckets (and other S3-compatible services) of its service account. Delete it in Yandex Cloud and read it from the environment or Lockbox.',
  keywords: ['yandex'],
  // A name mentioning yandex, then YC and 38 base64url characters.
  regex: assignedSecret(['yandex'], 'YC[A-Za-z0-9_-]{38}'),
  envName: 'AWS_SECRET_ACCESS_KEY',
};

export default rule;
