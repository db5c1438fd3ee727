import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { asBoolean, entry } from '../../../server/src/engine/scanners/iac/model';

const rule: IacRule = {
  id: 'CKV_AWS_84',
  scanner: 'iac',
  title: 'Ensure Elasticsearch Domain Logging is enabled',
  severity: 'low',
  cwe: [778],
  description:
    'The domain publishes none of its logs (index/search slow logs, error logs, audit logs) to CloudWatch Logs. Add a `log_publishing_options` block (Terraform) or `LogPublishingOptions` with an enabled log type (CloudFormation).',
  resources: { terraform: ['aws_elasticsearch_domain', 'aws_opensearch_domain'], cloudformation: ['AWS::Elasticsearch::Domain', 'AWS::OpenSearchService::Domain'] },
  evaluate(resource): IacCheckResult {
    if (resource.framework === 'terraform') {
      // Checkov reads the first log_publishing_options block: present and not switched off passes.
      const first = resource.body.entries.find((item) => item.key === 'log_publishing_options' && item.value.kind === 'object');
      if (!first || first.value.kind !== 'object') return { status: 'failed', message: 'The domain publishes no logs (no log_publishing_options)' };
      const enabled = entry(first.value, 'enabled');
      if (enabled && asBoolean(enabled.value) === false && entry(first.value, 'cloudwatch_log_group_arn')) {
        return { status: 'failed', at: enabled.range, message: 'Log publishing is disabled' };
      }
      return { status: 'passed' };
    }
    const options = entry(resource.body, 'LogPublishingOptions');
    if (!options) return { status: 'failed', message: 'The domain publishes no logs (no LogPublishingOptions)' };
    if (options.value.kind === 'expression') return { status: 'unknown' };
    const logTypes = options.value.kind === 'object' ? options.value.entries : [];
    let undecided = false;
    for (const logType of logTypes) {
      const enabled = logType.value.kind === 'object' ? entry(logType.value, 'Enabled') : undefined;
      if (!enabled) continue;
      if (enabled.value.kind === 'expression') undecided = true;
      else if (asBoolean(enabled.value) === true) return { status: 'passed' };
    }
    if (undecided) return { status: 'unknown' };
    return { status: 'failed', at: options.range, message: 'No log type is enabled in LogPublishingOptions' };
  },
};

export default rule;
