import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_53',
  scanner: 'iac',
  title: 'Ensure S3 bucket has block public ACLS enabled',
  severity: 'high',
  cwe: [284],
  description:
    'Blocking public ACLs is off for this bucket, so new public ACLs (a canned `public-read` ACL or a grant to AllUsers) are accepted. Set `block_public_acls = true` on `aws_s3_bucket_public_access_block`, or `PublicAccessBlockConfiguration: { BlockPublicAcls: true }` on the CloudFormation bucket.',
  resources: { terraform: ['aws_s3_bucket_public_access_block'], cloudformation: ['AWS::S3::Bucket'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'block_public_acls', cloudformation: 'PublicAccessBlockConfiguration.BlockPublicAcls' },
      test: isTrue,
      whenAbsent: 'fail',
      wrong: 'Blocking public ACLs is disabled',
      missing: 'Blocking public ACLs is not enabled (block_public_acls / BlockPublicAcls defaults to false)',
      fix: { terraform: 'true', cloudformation: 'true' },
    });
  },
};

export default rule;
