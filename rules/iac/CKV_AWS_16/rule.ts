import { asString, entry } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { requireEnabled } from '../_shared/flags';

const rule: IacRule = {
  id: 'CKV_AWS_16',
  scanner: 'iac',
  title: 'Ensure all data stored in the RDS is securely encrypted at rest',
  severity: 'medium',
  cwe: [311],
  description:
    'The RDS instance stores its data, automated backups, snapshots and read replicas unencrypted. Set `storage_encrypted = true` (Terraform) or `StorageEncrypted: true` (CloudFormation); encryption can only be chosen when the instance is created.',
  resources: { terraform: ['aws_db_instance'], cloudformation: ['AWS::RDS::DBInstance'] },
  evaluate(resource): IacCheckResult {
    const terraform = resource.framework === 'terraform';
    // Aurora instances take their encryption from the DB cluster (checked there), as Checkov does.
    if (!terraform && asString(entry(resource.body, 'Engine')?.value)?.toLowerCase().startsWith('aurora')) return { status: 'passed' };
    return requireEnabled(resource, terraform ? 'storage_encrypted' : 'StorageEncrypted', 'Storage encryption');
  },
};

export default rule;
