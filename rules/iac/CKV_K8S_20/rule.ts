import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, requireBoolean } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_20',
  scanner: 'iac',
  title: 'Containers should not run with allowPrivilegeEscalation',
  severity: 'medium',
  cwe: [269],
  description:
    'Unless `allowPrivilegeEscalation: false` is set, a process can gain more privileges than its parent (setuid binaries, file capabilities). Set it to false.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    return requireBoolean(resource, '', 'securityContext.allowPrivilegeEscalation', false, 'The container allows privilege escalation');
  },
};

export default rule;
