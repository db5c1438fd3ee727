import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_30',
  scanner: 'iac',
  title: 'Ensure all data stored in the Elasticache Replication Group is securely encrypted at transit',
  severity: 'medium',
  cwe: [319],
  description:
    'Clients talk to the Redis replication group, and its nodes to each other, in plain text. Set `transit_encryption_enabled = true` (Terraform) or `TransitEncryptionEnabled: true` (CloudFormation) and connect over TLS.',
  resources: { terraform: ['aws_elasticache_replication_group'], cloudformation: ['AWS::ElastiCache::ReplicationGroup'] },
  evaluate(resource): IacCheckResult {
    return checkFlag(resource, { paths: { terraform: 'transit_encryption_enabled', cloudformation: 'TransitEncryptionEnabled' }, feature: 'Encryption in transit' });
  },
};

export default rule;
