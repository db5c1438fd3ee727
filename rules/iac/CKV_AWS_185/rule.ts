import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isSet } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_185',
  scanner: 'iac',
  title: 'Ensure Kinesis Stream is encrypted by KMS using a customer managed Key (CMK)',
  severity: 'low',
  cwe: [311],
  description:
    'The stream names no KMS key of its own (`kms_key_id`), so its records are not protected by a key policy you control. Encrypt it with a customer managed key.',
  resources: { terraform: ['aws_kinesis_stream'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'kms_key_id' },
      test: isSet,
      whenAbsent: 'fail',
      wrong: 'The stream sets no KMS key',
      missing: 'The stream is not encrypted with a customer managed key (kms_key_id is not set)',
    });
  },
};

export default rule;
