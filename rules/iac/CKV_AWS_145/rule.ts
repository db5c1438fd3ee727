import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { entry } from '../../../server/src/engine/scanners/iac/model';
import { checkAttribute, isOneOf } from '../_shared/aws-data';

const ALGORITHM = 'rule.apply_server_side_encryption_by_default.sse_algorithm';
const KMS = isOneOf('aws:kms', 'aws:kms:dsse');

const rule: IacRule = {
  id: 'CKV_AWS_145',
  scanner: 'iac',
  title: 'Ensure that S3 buckets are encrypted with KMS by default',
  severity: 'medium',
  cwe: [311],
  description:
    'The bucket encrypts new objects with S3 managed keys (SSE-S3, `AES256`) rather than AWS KMS, so key use is neither logged per request in CloudTrail nor restricted by a key policy. Set `sse_algorithm = "aws:kms"` (or `aws:kms:dsse`) with a customer managed key.',
  resources: { terraform: ['aws_s3_bucket', 'aws_s3_bucket_server_side_encryption_configuration'] },
  evaluate(resource): IacCheckResult {
    const inline = resource.type === 'aws_s3_bucket';
    // Provider v4+ sets default encryption in a separate resource, which a check of one resource
    // cannot see; only an inline server_side_encryption_configuration block gives a verdict here.
    if (inline && !entry(resource.body, 'server_side_encryption_configuration')) return { status: 'unknown' };
    return checkAttribute(resource, {
      path: { terraform: inline ? `server_side_encryption_configuration.${ALGORITHM}` : ALGORITHM },
      test: KMS,
      whenAbsent: 'fail',
      wrong: 'Default encryption does not use AWS KMS',
      missing: 'Default encryption does not use AWS KMS (no sse_algorithm)',
      fix: { terraform: '"aws:kms"' },
    });
  },
};

export default rule;
