import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_56',
  scanner: 'iac',
  title: 'Ensure S3 bucket has \'restrict_public_buckets\' enabled',
  severity: 'high',
  cwe: [284],
  description:
    'Restricting public buckets is off for this bucket, so a public bucket policy still lets anyone (and any AWS account) in. Set `restrict_public_buckets = true` on `aws_s3_bucket_public_access_block`, or `PublicAccessBlockConfiguration: { RestrictPublicBuckets: true }` on the CloudFormation bucket.',
  resources: { terraform: ['aws_s3_bucket_public_access_block'], cloudformation: ['AWS::S3::Bucket'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'restrict_public_buckets', cloudformation: 'PublicAccessBlockConfiguration.RestrictPublicBuckets' },
      test: isTrue,
      whenAbsent: 'fail',
      wrong: 'Restricting public buckets is disabled',
      missing: 'Restricting public buckets is not enabled (restrict_public_buckets / RestrictPublicBuckets defaults to false)',
      fix: { terraform: 'true', cloudformation: 'true' },
    });
  },
};

export default rule;
