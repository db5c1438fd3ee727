import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isSet } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_166',
  scanner: 'iac',
  title: 'Ensure Backup Vault is encrypted at rest using KMS CMK',
  severity: 'medium',
  cwe: [311],
  description:
    'The backup vault encrypts recovery points with the AWS managed key `aws/backup`, which you cannot restrict or share. Set `kms_key_arn` (Terraform) or `EncryptionKeyArn` (CloudFormation) to a customer managed key.',
  resources: { terraform: ['aws_backup_vault'], cloudformation: ['AWS::Backup::BackupVault'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'kms_key_arn', cloudformation: 'EncryptionKeyArn' },
      test: isSet,
      whenAbsent: 'fail',
      wrong: 'The vault sets no KMS key',
      missing: 'The vault uses the AWS managed key aws/backup (kms_key_arn / EncryptionKeyArn is not set)',
    });
  },
};

export default rule;
