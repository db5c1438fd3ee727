import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_29',
  scanner: 'iac',
  title: 'Ensure all data stored in the Elasticache Replication Group is securely encrypted at rest',
  severity: 'medium',
  cwe: [311],
  description:
    'The Redis replication group stores its data, backups and snapshots unencrypted on disk. Set `at_rest_encryption_enabled = true` (Terraform) or `AtRestEncryptionEnabled: true` (CloudFormation); it can only be chosen at creation.',
  resources: { terraform: ['aws_elasticache_replication_group'], cloudformation: ['AWS::ElastiCache::ReplicationGroup'] },
  evaluate(resource): IacCheckResult {
    return checkFlag(resource, { paths: { terraform: 'at_rest_encryption_enabled', cloudformation: 'AtRestEncryptionEnabled' }, feature: 'Encryption at rest' });
  },
};

export default rule;
