import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isAtLeast } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_338',
  scanner: 'iac',
  title: 'Ensure CloudWatch log groups retains logs for at least 1 year',
  severity: 'low',
  cwe: [779],
  description:
    'The log group deletes events after less than a year (or keeps no retention at all), which is shorter than incident investigations and most audit frameworks need. Set `retention_in_days` to 365 or more (or 0 to never expire).',
  resources: { terraform: ['aws_cloudwatch_log_group'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'retention_in_days' },
      test: isAtLeast(365, 0),
      whenAbsent: 'fail',
      wrong: 'The log group keeps events for less than a year',
      missing: 'The log group sets no retention of at least a year (retention_in_days is not set)',
      fix: { terraform: '365' },
    });
  },
};

export default rule;
