import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { loadBalancerType } from '../_shared/elb';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_152',
  scanner: 'iac',
  title: 'Ensure that Load Balancer (Network/Gateway) has cross-zone load balancing enabled',
  severity: 'low',
  description:
    'The network or gateway load balancer sends traffic only to targets in the client\'s zone, so a zone with few healthy targets is overloaded while others idle. Set `enable_cross_zone_load_balancing = true`.',
  resources: { terraform: ['aws_lb', 'aws_alb'] },
  evaluate(resource): IacCheckResult {
    const type = loadBalancerType(resource);
    if (type === 'unknown') return { status: 'unknown' };
    // Application load balancers always balance across zones.
    if (type !== 'network' && type !== 'gateway') return { status: 'passed' };
    return checkFlag(resource, { paths: { terraform: 'enable_cross_zone_load_balancing' }, feature: 'Cross-zone load balancing' });
  },
};

export default rule;
