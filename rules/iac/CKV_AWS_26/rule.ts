import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isSet } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_26',
  scanner: 'iac',
  title: 'Ensure all data stored in the SNS topic is encrypted',
  severity: 'medium',
  cwe: [311],
  description:
    'Messages published to the topic are stored unencrypted until delivered. Set `kms_master_key_id` (Terraform) or `KmsMasterKeyId` (CloudFormation) — `alias/aws/sns` or, better, a customer managed key.',
  resources: { terraform: ['aws_sns_topic'], cloudformation: ['AWS::SNS::Topic'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'kms_master_key_id', cloudformation: 'KmsMasterKeyId' },
      test: isSet,
      whenAbsent: 'fail',
      wrong: 'The topic is not encrypted',
      missing: 'The topic is not encrypted (no kms_master_key_id / KmsMasterKeyId)',
      fix: { terraform: '"alias/aws/sns"', cloudformation: 'alias/aws/sns' },
    });
  },
};

export default rule;
