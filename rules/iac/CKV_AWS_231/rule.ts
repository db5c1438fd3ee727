import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkNaclPort, NACL_RESOURCES } from '../_shared/network';

const rule: IacRule = {
  id: 'CKV_AWS_231',
  scanner: 'iac',
  title: 'Ensure no NACL allow ingress from 0.0.0.0:0 to port 3389',
  severity: 'medium',
  cwe: [284],
  description:
    'A network ACL lets the whole internet (0.0.0.0/0 or ::/0) reach RDP on port 3389 in its subnets. Deny the port from the internet in the ACL, or allow it only from known ranges.',
  resources: NACL_RESOURCES,
  evaluate(resource): IacCheckResult {
    return checkNaclPort(resource, 3389, 'RDP');
  },
};

export default rule;
