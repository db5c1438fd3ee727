import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isOneOf } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_136',
  scanner: 'iac',
  title: 'Ensure that ECR repositories are encrypted using KMS',
  severity: 'low',
  cwe: [311],
  description:
    'The repository encrypts images with AES-256 keys managed by ECR instead of AWS KMS. Set `encryption_configuration { encryption_type = "KMS" }` (Terraform) or `EncryptionConfiguration: { EncryptionType: KMS }` (CloudFormation), optionally with a customer managed key.',
  resources: { terraform: ['aws_ecr_repository'], cloudformation: ['AWS::ECR::Repository'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'encryption_configuration.encryption_type', cloudformation: 'EncryptionConfiguration.EncryptionType' },
      test: isOneOf('KMS'),
      whenAbsent: 'fail',
      wrong: 'Images are not encrypted with AWS KMS',
      missing: 'Images are not encrypted with AWS KMS (AES256 by default)',
      fix: { terraform: '"KMS"', cloudformation: 'KMS' },
    });
  },
};

export default rule;
