import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isSet } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_158',
  scanner: 'iac',
  title: 'Ensure that CloudWatch Log Group is encrypted by KMS',
  severity: 'low',
  cwe: [311],
  description:
    'The log group is encrypted only with keys managed by CloudWatch Logs. Set `kms_key_id` (Terraform) or `KmsKeyId` (CloudFormation) to a KMS key, so reading the logs also needs `kms:Decrypt` on that key.',
  resources: { terraform: ['aws_cloudwatch_log_group'], cloudformation: ['AWS::Logs::LogGroup'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'kms_key_id', cloudformation: 'KmsKeyId' },
      test: isSet,
      whenAbsent: 'fail',
      wrong: 'The log group is not encrypted with a KMS key',
      missing: 'The log group is not encrypted with a KMS key (kms_key_id / KmsKeyId is not set)',
    });
  },
};

export default rule;
