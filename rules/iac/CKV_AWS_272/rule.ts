import { asString, entry } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkPresent } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_272',
  scanner: 'iac',
  title: 'Ensure AWS Lambda function is configured to validate code-signing',
  severity: 'low',
  cwe: [494],
  description:
    'The function accepts any uploaded code package, so a tampered or unreviewed artifact can be deployed. Set `code_signing_config_arn` to a code signing configuration that lists your AWS Signer profiles.',
  resources: { terraform: ['aws_lambda_function'] },
  evaluate(resource): IacCheckResult {
    // Code signing applies to .zip packages only; container images are verified by other means.
    if (asString(entry(resource.body, 'package_type')?.value) === 'Image') return { status: 'passed' };
    return checkPresent(resource, { terraform: 'code_signing_config_arn' }, 'The function does not validate code signatures (no code_signing_config_arn)');
  },
};

export default rule;
