import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { allowsAllActions, checkPolicy } from '../_shared/aws-policy';

const rule: IacRule = {
  id: 'CKV_AWS_72',
  scanner: 'iac',
  title: 'Ensure SQS policy does not allow ALL (*) actions.',
  severity: 'medium',
  cwe: [732],
  description:
    'A statement of the queue policy allows every action (`"Action": "*"`), including deleting the queue, purging it and changing its policy. Allow only the actions the principal needs, such as `sqs:SendMessage`.',
  resources: { terraform: ['aws_sqs_queue_policy'] },
  evaluate(resource): IacCheckResult {
    return checkPolicy(resource, 'policy', allowsAllActions, 'The queue policy allows all actions ("*")');
  },
};

export default rule;
