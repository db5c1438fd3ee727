import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkPresent } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_117',
  scanner: 'iac',
  title: 'Ensure that AWS Lambda function is configured inside a VPC',
  severity: 'low',
  cwe: [284],
  description:
    'The function runs outside your VPC, so its network traffic cannot be restricted by security groups, network ACLs or VPC endpoints policies. Add a `vpc_config` block with private subnets and a security group when the function reaches private resources.',
  resources: { terraform: ['aws_lambda_function'], cloudformation: ['AWS::Lambda::Function', 'AWS::Serverless::Function'] },
  evaluate(resource): IacCheckResult {
    return checkPresent(resource, { terraform: 'vpc_config', cloudformation: 'VpcConfig' }, 'The function is not attached to a VPC (no VPC configuration)');
  },
};

export default rule;
