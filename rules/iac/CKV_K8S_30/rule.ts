import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, entryAt, isTruthy } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_30',
  scanner: 'iac',
  title: 'Apply security context to your containers',
  severity: 'low',
  description:
    'The container has no `securityContext`: privilege escalation, capabilities and the root filesystem keep their permissive defaults. Add one.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    return isTruthy(entryAt(resource.body, 'securityContext')?.value)
      ? { status: 'passed' }
      : { status: 'failed', message: 'The container has no securityContext' };
  },
};

export default rule;
