import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkPolicy, isPublicStatement } from '../_shared/aws-policy';

const rule: IacRule = {
  id: 'CKV_AWS_168',
  scanner: 'iac',
  title: 'Ensure SQS queue policy is not public by only allowing specific services or principals to access it',
  severity: 'high',
  cwe: [284],
  description:
    'The queue policy allows any principal (`"Principal": "*"`) without a condition, so anyone on the internet can send to or read from the queue. Name the services, accounts or roles that need access, or narrow a wildcard principal with a condition such as `aws:SourceArn`.',
  resources: { terraform: ['aws_sqs_queue_policy', 'aws_sqs_queue'] },
  evaluate(resource): IacCheckResult {
    return checkPolicy(resource, 'policy', isPublicStatement, 'The queue policy allows anyone ("*" principal without a condition)');
  },
};

export default rule;
