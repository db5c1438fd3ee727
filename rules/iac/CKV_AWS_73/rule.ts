import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_73',
  scanner: 'iac',
  title: 'Ensure API Gateway has X-Ray Tracing enabled',
  severity: 'low',
  cwe: [778],
  description:
    'The API Gateway stage sends no traces to AWS X-Ray, so requests cannot be followed into the back ends. Set `xray_tracing_enabled = true` (Terraform) or `TracingEnabled: true` (CloudFormation).',
  resources: { terraform: ['aws_api_gateway_stage'], cloudformation: ['AWS::ApiGateway::Stage'] },
  evaluate(resource): IacCheckResult {
    return checkFlag(resource, { paths: { terraform: 'xray_tracing_enabled', cloudformation: 'TracingEnabled' }, feature: 'X-Ray tracing' });
  },
};

export default rule;
