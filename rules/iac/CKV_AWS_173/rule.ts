import { entry } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { isEmpty, lookup } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_173',
  scanner: 'iac',
  title: 'Check encryption settings for Lambda environmental variable',
  severity: 'low',
  cwe: [311],
  description:
    'The function has environment variables but no customer managed KMS key for them, so anyone with read access to the function configuration and the AWS managed key can read their values. Set `kms_key_arn`.',
  resources: { terraform: ['aws_lambda_function'], cloudformation: ['AWS::Lambda::Function', 'AWS::Serverless::Function'] },
  evaluate(resource): IacCheckResult {
    const terraform = resource.framework === 'terraform';
    const environment = lookup(resource, terraform ? { terraform: 'environment' } : { cloudformation: 'Environment.Variables' });
    if (environment.kind === 'unknown') return { status: 'unknown' };
    if (environment.kind === 'missing') return { status: 'passed' };
    // CloudFormation: only variables that are actually set need the key (Checkov reads Environment.Variables).
    if (!terraform && isEmpty(environment.entry.value)) return { status: 'passed' };
    const key = entry(resource.body, terraform ? 'kms_key_arn' : 'KmsKeyArn');
    if (key && !isEmpty(key.value)) return { status: 'passed' };
    return {
      status: 'failed',
      at: key?.range,
      message: 'The environment variables are not encrypted with a customer managed KMS key',
    };
  },
};

export default rule;
