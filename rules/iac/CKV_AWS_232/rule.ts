import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkNaclPort, NACL_RESOURCES } from '../_shared/network';

const rule: IacRule = {
  id: 'CKV_AWS_232',
  scanner: 'iac',
  title: 'Ensure no NACL allow ingress from 0.0.0.0:0 to port 22',
  severity: 'medium',
  cwe: [284],
  description:
    'A network ACL lets the whole internet (0.0.0.0/0 or ::/0) reach SSH on port 22 in its subnets. Deny the port from the internet in the ACL, or allow it only from known ranges.',
  resources: NACL_RESOURCES,
  evaluate(resource): IacCheckResult {
    return checkNaclPort(resource, 22, 'SSH');
  },
};

export default rule;
