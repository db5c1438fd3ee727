import { asBoolean, entry } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';

const rule: IacRule = {
  id: 'CKV_AWS_31',
  scanner: 'iac',
  title: 'Ensure all data stored in the Elasticache Replication Group is securely encrypted at transit and has auth token',
  severity: 'medium',
  cwe: [306],
  description:
    'The Redis replication group accepts connections without an AUTH token (or without TLS), so any host that can reach it can read and change the data. Set `transit_encryption_enabled = true` and an `auth_token` from a secret store.',
  resources: { terraform: ['aws_elasticache_replication_group'], cloudformation: ['AWS::ElastiCache::ReplicationGroup'] },
  evaluate(resource): IacCheckResult {
    const terraform = resource.framework === 'terraform';
    const transit = entry(resource.body, terraform ? 'transit_encryption_enabled' : 'TransitEncryptionEnabled');
    const token = entry(resource.body, terraform ? 'auth_token' : 'AuthToken');
    if (transit?.value.kind === 'expression') return { status: 'unknown' };
    if (asBoolean(transit?.value) === true && token) return { status: 'passed' };
    return {
      status: 'failed',
      at: asBoolean(transit?.value) === false ? transit?.range : undefined,
      message: asBoolean(transit?.value) === true ? 'No AUTH token is set' : 'Encryption in transit is not enabled, so no AUTH token can protect the group',
    };
  },
};

export default rule;
