import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { APP_CONTAINERS, requirePresent } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_8',
  scanner: 'iac',
  title: 'Liveness Probe Should be Configured',
  severity: 'low',
  description:
    'A container without `livenessProbe` is never restarted when it hangs. Add an HTTP, TCP or exec probe that fails when the process is stuck.',
  resources: APP_CONTAINERS,
  evaluate(resource): IacCheckResult {
    // As Checkov: Jobs and CronJobs run to completion, so they are not asked for probes.
    if (resource.parent?.type === 'Job' || resource.parent?.type === 'CronJob') return { status: 'passed' };
    return requirePresent(resource, 'livenessProbe', 'The container has no liveness probe');
  },
};

export default rule;
