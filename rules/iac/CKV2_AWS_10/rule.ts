import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { entry } from '../../../server/src/engine/scanners/iac/model';

const rule: IacRule = {
  id: 'CKV2_AWS_10',
  scanner: 'iac',
  title: 'Ensure CloudTrail trails are integrated with CloudWatch Logs',
  severity: 'low',
  cwe: [778],
  description:
    'The trail does not send events to CloudWatch Logs, so there can be no metric filters or alarms on root logins, policy changes or failed console sign-ins. Set `cloud_watch_logs_group_arn` (and `cloud_watch_logs_role_arn`) to an `aws_cloudwatch_log_group` of the configuration.',
  resources: { terraform: ['aws_cloudtrail'] },
  evaluate(resource): IacCheckResult {
    const arn = entry(resource.body, 'cloud_watch_logs_group_arn');
    const missing = 'The trail is not integrated with CloudWatch Logs (cloud_watch_logs_group_arn is not set)';
    if (!arn || (arn.value.kind === 'scalar' && (arn.value.value === null || arn.value.value === ''))) return { status: 'failed', message: missing };
    // Checkov's graph check wants a connection to an aws_cloudwatch_log_group: a reference to one is
    // that connection; a literal ARN is not; a variable or module output may resolve to either.
    if (arn.value.kind === 'expression') return /\baws_cloudwatch_log_group\./.test(arn.value.text) ? { status: 'passed' } : { status: 'unknown' };
    return { status: 'failed', at: arn.range, message: 'The log group is not a aws_cloudwatch_log_group of this configuration' };
  },
};

export default rule;
