import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_227',
  scanner: 'iac',
  title: 'Ensure KMS key is enabled',
  severity: 'low',
  description:
    'The KMS key is disabled (`is_enabled = false`), so everything encrypted under it cannot be decrypted and new writes fail. Leave `is_enabled` out or set it to `true`; schedule deletion for a key that is no longer wanted.',
  resources: { terraform: ['aws_kms_key'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'is_enabled' },
      test: isTrue,
      whenAbsent: 'pass',
      wrong: 'The KMS key is disabled',
      fix: { terraform: 'true' },
    });
  },
};

export default rule;
