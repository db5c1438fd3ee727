import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { ACL_RESOURCES, checkBucketAcl } from '../_shared/s3-acl';

const rule: IacRule = {
  id: 'CKV_AWS_20',
  scanner: 'iac',
  title: 'S3 Bucket has an ACL defined which allows public READ access.',
  severity: 'high',
  cwe: [732],
  description:
    'The bucket ACL lets anyone list and read the bucket (`public-read`, `public-read-write`, `authenticated-read`, or a READ grant to AllUsers / AuthenticatedUsers). Use the `private` ACL, serve public content through CloudFront with origin access control, and keep S3 Block Public Access on.',
  resources: ACL_RESOURCES,
  evaluate(resource): IacCheckResult {
    return checkBucketAcl(resource, {
      access: 'read',
      terraformAcls: ['public-read', 'public-read-write', 'authenticated-read'],
      cloudFormationAcls: ['PublicRead', 'PublicReadWrite'],
      permissions: ['READ', 'FULL_CONTROL'],
    });
  },
};

export default rule;
