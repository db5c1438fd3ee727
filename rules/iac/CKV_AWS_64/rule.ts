import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_64',
  scanner: 'iac',
  title: 'Ensure all data stored in the Redshift cluster is securely encrypted at rest',
  severity: 'medium',
  cwe: [311],
  description:
    'The Redshift cluster stores its data blocks, snapshots and backups unencrypted. Set `encrypted = true` (Terraform) or `Encrypted: true` (CloudFormation), ideally with a customer managed KMS key.',
  resources: { terraform: ['aws_redshift_cluster'], cloudformation: ['AWS::Redshift::Cluster'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'encrypted', cloudformation: 'Encrypted' },
      test: isTrue,
      whenAbsent: 'fail',
      wrong: 'Cluster encryption is disabled',
      missing: 'Cluster encryption is not enabled (encrypted / Encrypted is not set)',
      fix: { terraform: 'true', cloudformation: 'true' },
    });
  },
};

export default rule;
