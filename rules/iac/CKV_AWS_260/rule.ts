import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkWorldOpenPort, INGRESS_RESOURCES } from '../_shared/ingress';

const rule: IacRule = {
  id: 'CKV_AWS_260',
  scanner: 'iac',
  title: 'Ensure no security groups allow ingress from 0.0.0.0:0 to port 80',
  severity: 'medium',
  cwe: [284],
  description:
    'A security group rule lets the whole internet (0.0.0.0/0 or ::/0) reach plain HTTP on port 80. Serve the internet through a load balancer or CloudFront with HTTPS, and allow port 80 only from their security groups.',
  resources: INGRESS_RESOURCES,
  evaluate(resource): IacCheckResult {
    return checkWorldOpenPort(resource, 80, 'HTTP');
  },
};

export default rule;
