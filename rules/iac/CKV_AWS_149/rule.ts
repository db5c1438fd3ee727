import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { asString } from '../../../server/src/engine/scanners/iac/model';
import { checkAttribute, isSet } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_149',
  scanner: 'iac',
  title: 'Ensure that Secrets Manager secret is encrypted using KMS CMK',
  severity: 'medium',
  cwe: [311],
  description:
    'The secret is encrypted with the AWS managed key `aws/secretsmanager`, which cannot be shared across accounts or restricted by a key policy of your own. Set `kms_key_id` (Terraform) or `KmsKeyId` (CloudFormation) to a customer managed key.',
  resources: { terraform: ['aws_secretsmanager_secret'], cloudformation: ['AWS::SecretsManager::Secret'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'kms_key_id', cloudformation: 'KmsKeyId' },
      // Any key but an AWS managed one (alias/aws/...), as Checkov decides.
      test: (value) => isSet(value) && !(asString(value) ?? '').includes('aws/'),
      whenAbsent: 'fail',
      wrong: 'The secret uses an AWS managed key',
      missing: 'The secret uses the AWS managed key aws/secretsmanager (kms_key_id / KmsKeyId is not set)',
    });
  },
};

export default rule;
