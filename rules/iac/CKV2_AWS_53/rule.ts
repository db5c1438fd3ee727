import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkPresent } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV2_AWS_53',
  scanner: 'iac',
  title: 'Ensure AWS API gateway request is validated',
  severity: 'low',
  cwe: [20],
  description:
    'The API Gateway method passes requests to the back end without validating parameters or body against the API\'s models. Set `request_validator_id` to an `aws_api_gateway_request_validator`.',
  resources: { terraform: ['aws_api_gateway_method'] },
  evaluate(resource): IacCheckResult {
    return checkPresent(resource, { terraform: 'request_validator_id' }, 'Requests are not validated (request_validator_id is not set)');
  },
};

export default rule;
