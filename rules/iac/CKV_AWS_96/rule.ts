import { asString, entry } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_96',
  scanner: 'iac',
  title: 'Ensure all data stored in Aurora is securely encrypted at rest',
  severity: 'medium',
  cwe: [311],
  description:
    'The Aurora (RDS) cluster stores its data, backups and snapshots unencrypted. Set `storage_encrypted = true` (Terraform) or `StorageEncrypted: true` (CloudFormation); encryption can only be chosen when the cluster is created.',
  resources: { terraform: ['aws_rds_cluster'], cloudformation: ['AWS::RDS::DBCluster'] },
  evaluate(resource): IacCheckResult {
    const terraform = resource.framework === 'terraform';
    // Aurora Serverless v1 is always encrypted; a cluster restored from a snapshot or source instance inherits its encryption.
    if (terraform && asString(entry(resource.body, 'engine_mode')?.value) === 'serverless') return { status: 'passed' };
    if (!terraform && (entry(resource.body, 'SnapshotIdentifier') || entry(resource.body, 'SourceDBInstanceIdentifier'))) return { status: 'unknown' };
    return checkFlag(resource, { paths: { terraform: 'storage_encrypted', cloudformation: 'StorageEncrypted' }, feature: 'Storage encryption' });
  },
};

export default rule;
