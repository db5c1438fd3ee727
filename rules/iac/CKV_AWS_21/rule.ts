import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { entry } from '../../../server/src/engine/scanners/iac/model';
import { checkAttribute, isOneOf, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_21',
  scanner: 'iac',
  title: 'Ensure all data stored in the S3 bucket have versioning enabled',
  severity: 'medium',
  cwe: [693],
  description:
    'Without versioning an overwritten or deleted object is gone for good, whether by mistake, a faulty deploy or ransomware. Enable versioning: `versioning_configuration { status = "Enabled" }` on `aws_s3_bucket_versioning` (provider v4+), `versioning { enabled = true }` on an older `aws_s3_bucket`, or `VersioningConfiguration: { Status: Enabled }` (CloudFormation).',
  resources: { terraform: ['aws_s3_bucket', 'aws_s3_bucket_versioning'], cloudformation: ['AWS::S3::Bucket'] },
  evaluate(resource): IacCheckResult {
    if (resource.type === 'aws_s3_bucket') {
      // Provider v4+ turns versioning on in a separate aws_s3_bucket_versioning resource, which a
      // check of one resource cannot see; only an inline versioning block gives a verdict here.
      if (!entry(resource.body, 'versioning')) return { status: 'unknown' };
      return checkAttribute(resource, {
        path: { terraform: 'versioning.enabled' },
        test: isTrue,
        whenAbsent: 'fail',
        wrong: 'Bucket versioning is disabled',
        missing: 'Bucket versioning is not enabled (versioning.enabled defaults to false)',
        fix: { terraform: 'true' },
      });
    }
    return checkAttribute(resource, {
      path: { terraform: 'versioning_configuration.status', cloudformation: 'VersioningConfiguration.Status' },
      test: isOneOf('Enabled'),
      whenAbsent: 'fail',
      wrong: 'Bucket versioning is not enabled',
      missing: 'Bucket versioning is not enabled (no versioning configuration)',
      fix: { terraform: '"Enabled"', cloudformation: 'Enabled' },
    });
  },
};

export default rule;
