import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkPresent } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_129',
  scanner: 'iac',
  title: 'Ensure that respective logs of Amazon Relational Database Service (Amazon RDS) are enabled',
  severity: 'low',
  cwe: [778],
  description:
    'The database instance exports no logs to CloudWatch Logs, so error, audit, general or slow-query logs stay on the instance, are rotated away and cannot be searched or alarmed on. Set `enabled_cloudwatch_logs_exports` to the log types of the engine.',
  resources: { terraform: ['aws_db_instance'] },
  evaluate(resource): IacCheckResult {
    return checkPresent(resource, { terraform: 'enabled_cloudwatch_logs_exports' }, 'No database logs are exported to CloudWatch Logs (enabled_cloudwatch_logs_exports is empty or not set)');
  },
};

export default rule;
