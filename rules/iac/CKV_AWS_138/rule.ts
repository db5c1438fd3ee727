import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_138',
  scanner: 'iac',
  title: 'Ensure that ELB is cross-zone-load-balancing enabled',
  severity: 'low',
  description:
    'The classic load balancer sends traffic only to instances in the client\'s zone, so an unevenly spread fleet overloads some instances. Leave `cross_zone_load_balancing` at its default `true`.',
  resources: { terraform: ['aws_elb'] },
  evaluate(resource): IacCheckResult {
    return checkFlag(resource, { paths: { terraform: 'cross_zone_load_balancing' }, feature: 'Cross-zone load balancing', defaults: { terraform: true } });
  },
};

export default rule;
