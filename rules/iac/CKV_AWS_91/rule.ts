import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkLoadBalancerSetting, ELBV2_RESOURCES } from '../_shared/elb';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_91',
  scanner: 'iac',
  title: 'Ensure the ELBv2 (Application/Network) has access logging enabled',
  severity: 'low',
  cwe: [778],
  description:
    'The application or network load balancer keeps no access logs, so requests (client addresses, paths, status codes, TLS details) cannot be audited or investigated. Add an `access_logs` block with a bucket and `enabled = true`.',
  resources: ELBV2_RESOURCES,
  evaluate(resource): IacCheckResult {
    if (resource.framework === 'cloudformation') return checkLoadBalancerSetting(resource, 'access_logs', 'access_logs.s3.enabled', 'Access logging');
    // enabled defaults to false even when a bucket is given. No fix: a bucket is needed as well.
    return checkFlag(resource, { paths: { terraform: 'access_logs.enabled' }, feature: 'Access logging', fix: false });
  },
};

export default rule;
