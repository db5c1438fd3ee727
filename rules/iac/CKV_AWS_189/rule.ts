import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkPresent } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_189',
  scanner: 'iac',
  title: 'Ensure EBS Volume is encrypted by KMS using a customer managed Key (CMK)',
  severity: 'low',
  cwe: [311],
  description:
    'The EBS volume is encrypted with the AWS managed key (`aws/ebs`), whose policy you cannot change and which cannot be shared across accounts. Set `kms_key_id` to a customer managed KMS key.',
  resources: { terraform: ['aws_ebs_volume'] },
  evaluate(resource): IacCheckResult {
    return checkPresent(resource, { terraform: 'kms_key_id' }, 'The volume is not encrypted with a customer managed KMS key (kms_key_id is not set)');
  },
};

export default rule;
