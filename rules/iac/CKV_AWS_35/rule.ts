import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isSet } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_35',
  scanner: 'iac',
  title: 'Ensure CloudTrail logs are encrypted at rest using KMS CMKs',
  severity: 'medium',
  cwe: [311],
  description:
    'The trail writes its log files with S3 default encryption only. Set `kms_key_id` (Terraform) or `KMSKeyId` (CloudFormation) to a customer managed KMS key, so reading the audit log also needs `kms:Decrypt` on that key.',
  resources: { terraform: ['aws_cloudtrail'], cloudformation: ['AWS::CloudTrail::Trail'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'kms_key_id', cloudformation: 'KMSKeyId' },
      test: isSet,
      whenAbsent: 'fail',
      wrong: 'CloudTrail log files are not encrypted with a KMS key',
      missing: 'CloudTrail log files are not encrypted with a KMS key (no kms_key_id / KMSKeyId)',
    });
  },
};

export default rule;
