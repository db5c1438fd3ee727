import { asNumber } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { lookup } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_133',
  scanner: 'iac',
  title: 'Ensure that RDS instances has backup policy',
  severity: 'medium',
  cwe: [693],
  description:
    'Automated backups are turned off (`backup_retention_period = 0`) or set beyond what RDS allows, so the database cannot be restored to a point in time after data loss, corruption or ransomware. Keep 1–35 days of automated backups.',
  resources: { terraform: ['aws_rds_cluster', 'aws_db_instance'] },
  evaluate(resource): IacCheckResult {
    const found = lookup(resource, { terraform: 'backup_retention_period' });
    // Left out, RDS keeps one day of automated backups.
    if (found.kind === 'missing') return { status: 'passed' };
    if (found.kind === 'unknown' || found.entry.value.kind === 'expression') return { status: 'unknown' };
    const days = asNumber(found.entry.value);
    if (days !== undefined && days > 0 && days <= 35) return { status: 'passed' };
    return {
      status: 'failed',
      at: found.entry.range,
      message: days === 0 ? 'Automated backups are turned off (backup_retention_period = 0)' : 'The backup retention period is not between 1 and 35 days',
      fix: { title: 'Set backup_retention_period to 7', edits: [{ range: found.entry.value.range, newText: '7' }] },
    };
  },
};

export default rule;
