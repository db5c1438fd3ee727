import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkPresent } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_76',
  scanner: 'iac',
  title: 'Ensure API Gateway has Access Logging enabled',
  severity: 'low',
  cwe: [778],
  description:
    'The API Gateway stage writes no access logs, so who called which route, from where and with what result is not recorded. Add `access_log_settings` with a CloudWatch Logs (or Firehose) destination.',
  resources: { terraform: ['aws_api_gateway_stage', 'aws_apigatewayv2_stage'], cloudformation: ['AWS::ApiGateway::Stage'] },
  evaluate(resource): IacCheckResult {
    return checkPresent(resource, { terraform: 'access_log_settings.destination_arn', cloudformation: 'AccessLogSetting.DestinationArn' }, 'Access logging is not enabled (no access log destination)');
  },
};

export default rule;
