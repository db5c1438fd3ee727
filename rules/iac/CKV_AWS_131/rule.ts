import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkLoadBalancerSetting, ELBV2_RESOURCES, loadBalancerType } from '../_shared/elb';

const rule: IacRule = {
  id: 'CKV_AWS_131',
  scanner: 'iac',
  title: 'Ensure that ALB drops HTTP headers',
  severity: 'medium',
  cwe: [444],
  description:
    'The application load balancer forwards HTTP headers with invalid names to the targets, which helps request smuggling and header-injection attacks against the application. Set `drop_invalid_header_fields = true`.',
  resources: ELBV2_RESOURCES,
  evaluate(resource): IacCheckResult {
    const type = loadBalancerType(resource);
    if (type === 'unknown') return { status: 'unknown' };
    // Only application load balancers parse HTTP headers. Checkov's Terraform check leaves out
    // network load balancers only; its CloudFormation check every type other than application.
    if (type === 'network' || (resource.framework === 'cloudformation' && type !== 'application')) return { status: 'passed' };
    return checkLoadBalancerSetting(resource, 'drop_invalid_header_fields', 'routing.http.drop_invalid_header_fields.enabled', 'Dropping invalid header fields');
  },
};

export default rule;
