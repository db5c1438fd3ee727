import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkWorldOpenPort, INGRESS_RESOURCES } from '../_shared/ingress';

const rule: IacRule = {
  id: 'CKV_AWS_24',
  scanner: 'iac',
  title: 'Ensure no security groups allow ingress from 0.0.0.0:0 to port 22',
  severity: 'high',
  cwe: [284],
  description:
    'A security group rule lets the whole internet (0.0.0.0/0 or ::/0) reach SSH on port 22. Restrict the source to known address ranges, a prefix list or another security group, or reach hosts through SSM Session Manager instead.',
  resources: INGRESS_RESOURCES,
  evaluate(resource): IacCheckResult {
    return checkWorldOpenPort(resource, 22, 'SSH');
  },
};

export default rule;
