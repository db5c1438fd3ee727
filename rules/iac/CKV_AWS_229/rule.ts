import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkNaclPort, NACL_RESOURCES } from '../_shared/network';

const rule: IacRule = {
  id: 'CKV_AWS_229',
  scanner: 'iac',
  title: 'Ensure no NACL allow ingress from 0.0.0.0:0 to port 21',
  severity: 'medium',
  cwe: [284],
  description:
    'A network ACL lets the whole internet (0.0.0.0/0 or ::/0) reach FTP on port 21 in its subnets. Deny the port from the internet in the ACL, or allow it only from known ranges.',
  resources: NACL_RESOURCES,
  evaluate(resource): IacCheckResult {
    return checkNaclPort(resource, 21, 'FTP');
  },
};

export default rule;
