import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { entry } from '../../../server/src/engine/scanners/iac/model';
import { checkAttribute, isSet, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_27',
  scanner: 'iac',
  title: 'Ensure all data stored in the SQS queue is encrypted',
  severity: 'medium',
  cwe: [311],
  description:
    'Messages wait in the queue unencrypted. Turn on SQS managed encryption (`sqs_managed_sse_enabled = true` / `SqsManagedSseEnabled: true`) or set a KMS key (`kms_master_key_id` / `KmsMasterKeyId`).',
  resources: { terraform: ['aws_sqs_queue'], cloudformation: ['AWS::SQS::Queue'] },
  evaluate(resource): IacCheckResult {
    const terraform = resource.framework === 'terraform';
    const kmsKey = entry(resource.body, terraform ? 'kms_master_key_id' : 'KmsMasterKeyId');
    if (kmsKey && isSet(kmsKey.value)) return { status: 'passed' };
    return checkAttribute(resource, {
      path: { terraform: 'sqs_managed_sse_enabled', cloudformation: 'SqsManagedSseEnabled' },
      test: isTrue,
      whenAbsent: 'fail',
      wrong: 'Server-side encryption is disabled and no KMS key is set',
      missing: 'Server-side encryption is not enabled (neither a KMS key nor SQS managed encryption)',
      fix: { terraform: 'true', cloudformation: 'true' },
    });
  },
};

export default rule;
