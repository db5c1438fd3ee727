import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_42',
  scanner: 'iac',
  title: 'Ensure EFS is securely encrypted',
  severity: 'medium',
  cwe: [311],
  description:
    'The EFS file system stores files unencrypted. Set `encrypted = true` (Terraform) or `Encrypted: true` (CloudFormation); it can only be chosen when the file system is created.',
  resources: { terraform: ['aws_efs_file_system'], cloudformation: ['AWS::EFS::FileSystem'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'encrypted', cloudformation: 'Encrypted' },
      test: isTrue,
      whenAbsent: 'fail',
      wrong: 'File system encryption is disabled',
      missing: 'File system encryption is not enabled (encrypted / Encrypted defaults to false)',
      fix: { terraform: 'true', cloudformation: 'true' },
    });
  },
};

export default rule;
