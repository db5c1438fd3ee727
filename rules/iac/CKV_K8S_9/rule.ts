import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { APP_CONTAINERS, requirePresent } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_9',
  scanner: 'iac',
  title: 'Readiness Probe Should be Configured',
  severity: 'low',
  description:
    'A container without `readinessProbe` receives traffic before it can serve it, and keeps receiving it while it is overloaded. Add a readiness probe.',
  resources: APP_CONTAINERS,
  evaluate(resource): IacCheckResult {
    if (resource.parent?.type === 'Job' || resource.parent?.type === 'CronJob') return { status: 'passed' };
    return requirePresent(resource, 'readinessProbe', 'The container has no readiness probe');
  },
};

export default rule;
