import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAllPortsOpen, securityGroupResources } from '../_shared/network';

const rule: IacRule = {
  id: 'CKV_AWS_277',
  scanner: 'iac',
  title: 'Ensure no security groups allow ingress from 0.0.0.0:0 to port -1',
  severity: 'high',
  cwe: [284],
  description:
    'A security group rule lets the whole internet (0.0.0.0/0 or ::/0) reach every port of the resources it protects. Allow only the ports a service needs, from the sources that need them.',
  resources: securityGroupResources('ingress'),
  evaluate(resource): IacCheckResult {
    return checkAllPortsOpen(resource, 'ingress');
  },
};

export default rule;
