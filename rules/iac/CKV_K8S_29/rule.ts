import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { POD_WORKLOADS, entryAt, isTruthy, podSpec } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_29',
  scanner: 'iac',
  title: 'Apply security context to your pods and containers',
  severity: 'low',
  description:
    'The pod spec has no `securityContext`: nothing sets the user, group, fsGroup or seccomp profile for its containers. Add one.',
  resources: POD_WORKLOADS,
  evaluate(resource): IacCheckResult {
    return isTruthy(entryAt(podSpec(resource), 'securityContext')?.value)
      ? { status: 'passed' }
      : { status: 'failed', message: 'The pod spec has no securityContext' };
  },
};

export default rule;
