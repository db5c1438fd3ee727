import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isOneOf, isTrue } from '../_shared/aws-data';
import { inlineOrConnected } from '../_shared/connected';

const rule: IacRule = {
  id: 'CKV_AWS_21',
  scanner: 'iac',
  title: 'Ensure all data stored in the S3 bucket have versioning enabled',
  severity: 'medium',
  cwe: [693],
  description:
    'Without versioning an overwritten or deleted object is gone for good, whether by mistake, a faulty deploy or ransomware. Enable versioning: `versioning_configuration { status = "Enabled" }` on `aws_s3_bucket_versioning` (provider v4+), `versioning { enabled = true }` on an older `aws_s3_bucket`, or `VersioningConfiguration: { Status: Enabled }` (CloudFormation).',
  resources: { terraform: ['aws_s3_bucket'], cloudformation: ['AWS::S3::Bucket'] },
  connects: ['aws_s3_bucket_versioning'],
  evaluate(resource): IacCheckResult {
    if (resource.framework === 'terraform') {
      // Checkov's graph check: an inline `versioning { enabled = true }`, or a connected
      // aws_s3_bucket_versioning (provider v4+) with status Enabled; the bucket is reported.
      return inlineOrConnected(resource, {
        inline: { path: 'versioning.enabled', test: isTrue, wrong: 'Bucket versioning is disabled', missing: 'Bucket versioning is not enabled (versioning.enabled defaults to false)', fix: { terraform: 'true' } },
        connectedType: 'aws_s3_bucket_versioning',
        connected: { path: 'versioning_configuration.status', test: isOneOf('Enabled'), wrong: 'Bucket versioning is not enabled', missing: 'Bucket versioning is not enabled (no versioning_configuration status)', fix: { terraform: '"Enabled"' } },
        missing: 'Bucket versioning is not enabled (no versioning block and no aws_s3_bucket_versioning for this bucket)',
      });
    }
    return checkAttribute(resource, {
      path: { cloudformation: 'VersioningConfiguration.Status' },
      test: isOneOf('Enabled'),
      whenAbsent: 'fail',
      wrong: 'Bucket versioning is not enabled',
      missing: 'Bucket versioning is not enabled (no versioning configuration)',
      fix: { cloudformation: 'Enabled' },
    });
  },
};

export default rule;
