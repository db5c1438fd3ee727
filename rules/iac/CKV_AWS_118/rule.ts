import { asNumber } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { lookup } from '../_shared/settings';

/** The intervals (seconds) RDS accepts for enhanced monitoring; 0 turns it off. */
const INTERVALS = [1, 5, 10, 15, 30, 60];

const rule: IacRule = {
  id: 'CKV_AWS_118',
  scanner: 'iac',
  title: 'Ensure that enhanced monitoring is enabled for Amazon RDS instances',
  severity: 'low',
  cwe: [778],
  description:
    'The database instance has no enhanced monitoring, so OS-level metrics (processes, memory, I/O per device) are missing when a performance or security problem is investigated. Set `monitoring_interval` to 1, 5, 10, 15, 30 or 60 with a `monitoring_role_arn`.',
  resources: { terraform: ['aws_db_instance', 'aws_rds_cluster_instance'], cloudformation: ['AWS::RDS::DBInstance'] },
  evaluate(resource): IacCheckResult {
    const found = lookup(resource, { terraform: 'monitoring_interval', cloudformation: 'MonitoringInterval' });
    if (found.kind === 'unknown' || (found.kind === 'found' && found.entry.value.kind === 'expression')) return { status: 'unknown' };
    const interval = found.kind === 'found' ? asNumber(found.entry.value) : undefined;
    if (interval !== undefined && INTERVALS.includes(interval)) return { status: 'passed' };
    // No fix: enhanced monitoring also needs an IAM role for RDS to publish the metrics.
    return {
      status: 'failed',
      at: found.kind === 'found' ? found.entry.range : undefined,
      message: found.kind === 'found' ? 'Enhanced monitoring is disabled (the interval is not 1, 5, 10, 15, 30 or 60)' : 'Enhanced monitoring is not enabled (the monitoring interval defaults to 0)',
    };
  },
};

export default rule;
