import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkWorldOpenPort, INGRESS_RESOURCES } from '../_shared/ingress';

const rule: IacRule = {
  id: 'CKV_AWS_25',
  scanner: 'iac',
  title: 'Ensure no security groups allow ingress from 0.0.0.0:0 to port 3389',
  severity: 'high',
  cwe: [284],
  description:
    'A security group rule lets the whole internet (0.0.0.0/0 or ::/0) reach Remote Desktop on port 3389. Restrict the source to known address ranges, a prefix list or another security group, or use Fleet Manager / a bastion instead.',
  resources: INGRESS_RESOURCES,
  evaluate(resource): IacCheckResult {
    return checkWorldOpenPort(resource, 3389, 'Remote Desktop');
  },
};

export default rule;
