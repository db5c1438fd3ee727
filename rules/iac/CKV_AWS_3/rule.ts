import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { requireEnabled } from '../_shared/flags';

const rule: IacRule = {
  id: 'CKV_AWS_3',
  scanner: 'iac',
  title: 'Ensure all data stored in the EBS is securely encrypted',
  severity: 'medium',
  cwe: [311],
  description:
    'The EBS volume, and every snapshot taken from it, is stored unencrypted. Set `encrypted = true` (Terraform) or `Encrypted: true` (CloudFormation), optionally with a customer managed KMS key.',
  resources: { terraform: ['aws_ebs_volume'], cloudformation: ['AWS::EC2::Volume'] },
  evaluate(resource): IacCheckResult {
    return requireEnabled(resource, resource.framework === 'terraform' ? 'encrypted' : 'Encrypted', 'Volume encryption');
  },
};

export default rule;
