import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { stringAt } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_59',
  scanner: 'iac',
  title: 'Ensure there is no open access to back-end resources through API',
  severity: 'high',
  cwe: [306],
  description:
    'The API Gateway method has no authorization (`NONE`), so anyone on the internet can call the back end behind it. Use IAM, a Cognito user pool or a Lambda authorizer.',
  resources: { terraform: ['aws_api_gateway_method'], cloudformation: ['AWS::ApiGateway::Method'] },
  evaluate(resource): IacCheckResult {
    const method = stringAt(resource, { terraform: 'http_method', cloudformation: 'HttpMethod' });
    const authorization = stringAt(resource, { terraform: 'authorization', cloudformation: 'AuthorizationType' });
    if (method === 'unknown' || authorization === 'unknown') return { status: 'unknown' };
    // CORS preflight requests carry no credentials and must stay open.
    if (!method || method.value.toUpperCase() === 'OPTIONS' || authorization?.value.toUpperCase() !== 'NONE') return { status: 'passed' };
    return { status: 'failed', at: authorization.entry.range, message: `The ${method.value} method has no authorization` };
  },
};

export default rule;
