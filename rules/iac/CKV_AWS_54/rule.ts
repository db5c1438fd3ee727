import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_54',
  scanner: 'iac',
  title: 'Ensure S3 bucket has block public policy enabled',
  severity: 'high',
  cwe: [284],
  description:
    'Blocking public bucket policies is off for this bucket, so a bucket policy that grants access to everyone can be attached. Set `block_public_policy = true` on `aws_s3_bucket_public_access_block`, or `PublicAccessBlockConfiguration: { BlockPublicPolicy: true }` on the CloudFormation bucket.',
  resources: { terraform: ['aws_s3_bucket_public_access_block'], cloudformation: ['AWS::S3::Bucket'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'block_public_policy', cloudformation: 'PublicAccessBlockConfiguration.BlockPublicPolicy' },
      test: isTrue,
      whenAbsent: 'fail',
      wrong: 'Blocking public bucket policies is disabled',
      missing: 'Blocking public bucket policies is not enabled (block_public_policy / BlockPublicPolicy defaults to false)',
      fix: { terraform: 'true', cloudformation: 'true' },
    });
  },
};

export default rule;
