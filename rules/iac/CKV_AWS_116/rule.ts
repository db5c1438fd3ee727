import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkPresent } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_116',
  scanner: 'iac',
  title: 'Ensure that AWS Lambda function is configured for a Dead Letter Queue(DLQ)',
  severity: 'low',
  description:
    'Asynchronous invocations that still fail after Lambda\'s retries are dropped, so events are lost silently. Configure `dead_letter_config { target_arn = … }` with an SQS queue or SNS topic.',
  resources: { terraform: ['aws_lambda_function'], cloudformation: ['AWS::Lambda::Function'] },
  evaluate(resource): IacCheckResult {
    return checkPresent(resource, { terraform: 'dead_letter_config.target_arn', cloudformation: 'DeadLetterConfig.TargetArn' }, 'Failed asynchronous invocations are dropped (no dead-letter queue is configured)');
  },
};

export default rule;
