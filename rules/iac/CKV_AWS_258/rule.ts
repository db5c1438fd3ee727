import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { stringAt } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_258',
  scanner: 'iac',
  title: 'Ensure that Lambda function URLs AuthType is not None',
  severity: 'high',
  cwe: [306],
  description:
    'The function URL accepts unauthenticated requests from anyone on the internet. Set `authorization_type = "AWS_IAM"` (Terraform) or `AuthType: AWS_IAM` (CloudFormation), or put the function behind API Gateway with an authorizer.',
  resources: { terraform: ['aws_lambda_function_url'], cloudformation: ['AWS::Lambda::Url'] },
  evaluate(resource): IacCheckResult {
    const terraform = resource.framework === 'terraform';
    const authType = stringAt(resource, { terraform: 'authorization_type', cloudformation: 'AuthType' });
    if (authType === 'unknown' || authType?.value !== 'NONE') return { status: 'passed' };
    const key = terraform ? 'authorization_type' : 'AuthType';
    return {
      status: 'failed',
      at: authType.entry.range,
      message: 'The function URL allows unauthenticated access (NONE)',
      fix: { title: `Set ${key} to AWS_IAM`, edits: [{ range: authType.entry.value.range, newText: '"AWS_IAM"' }] },
    };
  },
};

export default rule;
