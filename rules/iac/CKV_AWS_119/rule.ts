import type { IacFramework } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isSet, isTrue, locate } from '../_shared/aws-data';

const PATHS: Partial<Record<IacFramework, { enabled: string; key: string }>> = {
  terraform: { enabled: 'server_side_encryption.enabled', key: 'server_side_encryption.kms_key_arn' },
  cloudformation: { enabled: 'SSESpecification.SSEEnabled', key: 'SSESpecification.KMSMasterKeyId' },
};

const rule: IacRule = {
  id: 'CKV_AWS_119',
  scanner: 'iac',
  title: 'Ensure DynamoDB Tables are encrypted using a KMS Customer Managed CMK',
  severity: 'medium',
  cwe: [311],
  description:
    'The table is encrypted with a key owned by DynamoDB (the default) or the AWS managed key, so its key use cannot be restricted or audited. Set `server_side_encryption { enabled = true, kms_key_arn = <customer managed key> }` (Terraform) or `SSESpecification: { SSEEnabled: true, KMSMasterKeyId: ... }` (CloudFormation).',
  resources: { terraform: ['aws_dynamodb_table'], cloudformation: ['AWS::DynamoDB::Table'] },
  evaluate(resource): IacCheckResult {
    const paths = PATHS[resource.framework];
    if (!paths) return { status: 'unknown' };
    const enabled = checkAttribute(resource, {
      path: { [resource.framework]: paths.enabled },
      test: isTrue,
      whenAbsent: 'fail',
      wrong: 'Server-side encryption with KMS is disabled (the table uses a DynamoDB owned key)',
      missing: 'The table is not encrypted with a customer managed KMS key (DynamoDB owned key by default)',
    });
    if (enabled.status !== 'passed') return enabled;
    const key = locate(resource, paths.key);
    if (key.unresolved) return { status: 'unknown' };
    if (key.found && isSet(key.found.value)) return { status: 'passed' };
    return {
      status: 'failed',
      at: key.found?.range ?? key.parentEntry?.range,
      message: 'KMS encryption uses the AWS managed key; no customer managed key is set',
    };
  },
};

export default rule;
