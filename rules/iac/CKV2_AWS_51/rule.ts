import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkPresent } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV2_AWS_51',
  scanner: 'iac',
  title: 'Ensure AWS API Gateway endpoints uses client certificate authentication',
  severity: 'low',
  cwe: [295],
  description:
    'The REST API stage calls its HTTP back end without a client certificate, so the back end cannot tell requests from API Gateway apart from anyone else\'s. Set `client_certificate_id` and have the back end verify it.',
  resources: { terraform: ['aws_api_gateway_stage'] },
  evaluate(resource): IacCheckResult {
    return checkPresent(resource, { terraform: 'client_certificate_id' }, 'The stage presents no client certificate to its back end (client_certificate_id is not set)');
  },
};

export default rule;
