import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_55',
  scanner: 'iac',
  title: 'Ensure S3 bucket has ignore public ACLs enabled',
  severity: 'high',
  cwe: [284],
  description:
    'Ignoring public ACLs is off for this bucket, so public ACLs already on the bucket or its objects still take effect. Set `ignore_public_acls = true` on `aws_s3_bucket_public_access_block`, or `PublicAccessBlockConfiguration: { IgnorePublicAcls: true }` on the CloudFormation bucket.',
  resources: { terraform: ['aws_s3_bucket_public_access_block'], cloudformation: ['AWS::S3::Bucket'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'ignore_public_acls', cloudformation: 'PublicAccessBlockConfiguration.IgnorePublicAcls' },
      test: isTrue,
      whenAbsent: 'fail',
      wrong: 'Ignoring public ACLs is disabled',
      missing: 'Ignoring public ACLs is not enabled (ignore_public_acls / IgnorePublicAcls defaults to false)',
      fix: { terraform: 'true', cloudformation: 'true' },
    });
  },
};

export default rule;
