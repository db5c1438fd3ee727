import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { stringAt } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_309',
  scanner: 'iac',
  title: 'Ensure API GatewayV2 routes specify an authorization type',
  severity: 'high',
  cwe: [306],
  description:
    'The HTTP/WebSocket API route has no authorization (`NONE`, the default), so anyone who knows the URL can call its integration. Set `authorization_type` to `AWS_IAM`, `JWT` or `CUSTOM` with an authorizer.',
  resources: { terraform: ['aws_apigatewayv2_route'] },
  evaluate(resource): IacCheckResult {
    const type = stringAt(resource, { terraform: 'authorization_type' });
    if (type === 'unknown') return { status: 'unknown' };
    if (type && ['AWS_IAM', 'CUSTOM', 'JWT'].includes(type.value)) return { status: 'passed' };
    return {
      status: 'failed',
      at: type?.entry.range,
      message: type ? `The route's authorization type is ${type.value}` : 'The route sets no authorization type (it defaults to NONE)',
    };
  },
};

export default rule;
