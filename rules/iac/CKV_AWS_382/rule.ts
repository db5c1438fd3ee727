import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAllPortsOpen, securityGroupResources } from '../_shared/network';

const rule: IacRule = {
  id: 'CKV_AWS_382',
  scanner: 'iac',
  title: 'Ensure no security groups allow egress from 0.0.0.0:0 to port -1',
  severity: 'low',
  cwe: [284],
  description:
    'A security group rule lets the resources it protects send any traffic on any port to the whole internet (0.0.0.0/0 or ::/0), which makes data exfiltration and command-and-control traffic easy. Allow only the destinations and ports the workload needs.',
  resources: securityGroupResources('egress'),
  evaluate(resource): IacCheckResult {
    return checkAllPortsOpen(resource, 'egress');
  },
};

export default rule;
