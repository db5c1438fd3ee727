import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_120',
  scanner: 'iac',
  title: 'Ensure API Gateway caching is enabled',
  severity: 'low',
  description:
    'The API Gateway stage has no cache, so every request reaches the back end, which then carries the full load of traffic spikes and abusive clients. Set `cache_cluster_enabled = true` (Terraform) or `CacheClusterEnabled: true` (CloudFormation) where responses can be cached.',
  resources: { terraform: ['aws_api_gateway_stage'], cloudformation: ['AWS::ApiGateway::Stage'] },
  evaluate(resource): IacCheckResult {
    return checkFlag(resource, { paths: { terraform: 'cache_cluster_enabled', cloudformation: 'CacheClusterEnabled' }, feature: 'Stage caching' });
  },
};

export default rule;
