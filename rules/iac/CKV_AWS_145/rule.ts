import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { isOneOf } from '../_shared/aws-data';
import { inlineOrConnected } from '../_shared/connected';

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
  resources: { terraform: ['aws_s3_bucket'] },
  connects: ['aws_s3_bucket_server_side_encryption_configuration'],
  evaluate(resource): IacCheckResult {
    // Checkov's graph check: an inline server_side_encryption_configuration, or a connected
    // aws_s3_bucket_server_side_encryption_configuration (provider v4+), using KMS; the bucket is reported.
    return inlineOrConnected(resource, {
      inline: { path: `server_side_encryption_configuration.${ALGORITHM}`, test: KMS, wrong: 'Default encryption does not use AWS KMS', missing: 'Default encryption does not use AWS KMS (no sse_algorithm)', fix: { terraform: '"aws:kms"' } },
      connectedType: 'aws_s3_bucket_server_side_encryption_configuration',
      connected: { path: ALGORITHM, test: KMS, wrong: 'Default encryption does not use AWS KMS', missing: 'Default encryption does not use AWS KMS (no sse_algorithm)', fix: { terraform: '"aws:kms"' } },
      missing: 'Default encryption does not use AWS KMS (no server_side_encryption_configuration and no aws_s3_bucket_server_side_encryption_configuration for this bucket)',
    });
  },
};

export default rule;
