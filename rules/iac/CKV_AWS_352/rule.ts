import { asBoolean, asNumber, entry } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';

const rule: IacRule = {
  id: 'CKV_AWS_352',
  scanner: 'iac',
  title: 'Ensure NACL ingress does not allow all Ports',
  severity: 'medium',
  cwe: [284],
  description:
    'A network ACL ingress rule does not name a port range, so it applies to every port. Give each ingress rule a protocol and a `from_port`/`to_port` range.',
  resources: { terraform: ['aws_network_acl_rule'] },
  evaluate(resource): IacCheckResult {
    const egress = entry(resource.body, 'egress');
    if (egress?.value.kind === 'expression' || asBoolean(egress?.value) === true) return { status: 'unknown' };
    const fromPort = entry(resource.body, 'from_port');
    if (fromPort?.value.kind === 'expression') return { status: 'passed' };
    // As in Checkov, a from_port of 0 (or none) means the rule is not limited to a port range.
    if (asNumber(fromPort?.value)) return { status: 'passed' };
    return {
      status: 'failed',
      at: fromPort?.range,
      message: fromPort ? 'The NACL ingress rule starts at port 0 and so covers all ports' : 'The NACL ingress rule sets no port range and so covers all ports',
    };
  },
};

export default rule;
