import { asBoolean, asNumber, type IacObject } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { POD_WORKLOADS, entryAt, podContainers, podSpec } from '../_shared/k8s';

type Verdict = 'passed' | 'failed' | 'absent';

function rootSettings(object: IacObject): { nonRoot: Verdict; user: Verdict } {
  const nonRoot = entryAt(object, 'securityContext.runAsNonRoot');
  const user = entryAt(object, 'securityContext.runAsUser');
  const uid = asNumber(user?.value);
  return {
    nonRoot: nonRoot ? (asBoolean(nonRoot.value) ? 'passed' : 'failed') : 'absent',
    user: user ? (uid !== undefined && uid > 0 ? 'passed' : 'failed') : 'absent',
  };
}

const rule: IacRule = {
  id: 'CKV_K8S_23',
  scanner: 'iac',
  title: 'Minimize the admission of root containers',
  severity: 'medium',
  cwe: [250],
  description:
    'Neither the pod nor its containers say they run as a non-root user, so an image that runs as root runs as root. Set `securityContext.runAsNonRoot: true` (or a non-zero `runAsUser`).',
  resources: POD_WORKLOADS,
  evaluate(resource): IacCheckResult {
    const spec = podSpec(resource);
    if (!spec) return { status: 'failed', message: 'The workload has no pod spec' };
    const pod = rootSettings(spec);
    const containers = podContainers(spec).map(rootSettings);
    // Container settings override the pod's, as Kubernetes applies them.
    let passed: boolean;
    if (pod.nonRoot === 'passed') passed = containers.every((c) => c.nonRoot !== 'failed' || c.user === 'passed');
    else if (pod.user === 'passed') passed = containers.every((c) => c.user !== 'failed');
    else passed = containers.every((c) => c.nonRoot === 'passed' || c.user === 'passed');
    return passed ? { status: 'passed' } : { status: 'failed', message: 'Containers may run as root (set runAsNonRoot: true or a runAsUser above 0)' };
  },
};

export default rule;
