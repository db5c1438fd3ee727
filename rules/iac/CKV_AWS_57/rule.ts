import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { ACL_RESOURCES, checkBucketAcl } from '../_shared/s3-acl';

const rule: IacRule = {
  id: 'CKV_AWS_57',
  scanner: 'iac',
  title: 'S3 Bucket has an ACL defined which allows public WRITE access.',
  severity: 'high',
  cwe: [732],
  description:
    'The bucket ACL lets anyone upload, overwrite and delete objects (`public-read-write`, or a WRITE grant to AllUsers / AuthenticatedUsers). Use the `private` ACL and grant write access to specific IAM principals only.',
  resources: ACL_RESOURCES,
  evaluate(resource): IacCheckResult {
    return checkBucketAcl(resource, {
      access: 'write',
      terraformAcls: ['public-read-write'],
      cloudFormationAcls: ['PublicReadWrite'],
      permissions: ['WRITE', 'WRITE_ACP', 'FULL_CONTROL'],
    });
  },
};

export default rule;
