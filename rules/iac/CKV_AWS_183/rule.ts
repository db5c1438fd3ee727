import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkPresent } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_183',
  scanner: 'iac',
  title: 'Ensure EBS Snapshot Copy is encrypted by KMS using a customer managed Key (CMK)',
  severity: 'low',
  cwe: [311],
  description:
    'The snapshot copy is encrypted with the AWS managed key (or not at all), so access to its data cannot be governed by your own key policy. Set `kms_key_id` to a customer managed KMS key.',
  resources: { terraform: ['aws_ebs_snapshot_copy'] },
  evaluate(resource): IacCheckResult {
    return checkPresent(resource, { terraform: 'kms_key_id' }, 'The snapshot copy is not encrypted with a customer managed KMS key (kms_key_id is not set)');
  },
};

export default rule;
