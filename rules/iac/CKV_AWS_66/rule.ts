import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isSet } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_66',
  scanner: 'iac',
  title: 'Ensure that CloudWatch Log Group specifies retention days',
  severity: 'low',
  cwe: [779],
  description:
    'The log group keeps its events forever (no retention set), which grows costs and keeps personal data longer than anyone decided. Set `retention_in_days` (Terraform) or `RetentionInDays` (CloudFormation).',
  resources: { terraform: ['aws_cloudwatch_log_group'], cloudformation: ['AWS::Logs::LogGroup'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'retention_in_days', cloudformation: 'RetentionInDays' },
      test: isSet,
      whenAbsent: 'fail',
      wrong: 'The log group specifies no retention',
      missing: 'The log group specifies no retention (events are kept forever)',
      fix: { terraform: '365', cloudformation: '365' },
    });
  },
};

export default rule;
