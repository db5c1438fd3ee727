import { asNumber, type IacObject } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { POD_WORKLOADS, entryAt, podContainers, podSpec } from '../_shared/k8s';

function uidVerdict(object: IacObject): 'passed' | 'failed' | 'absent' {
  const user = entryAt(object, 'securityContext.runAsUser');
  if (!user) return 'absent';
  const uid = asNumber(user.value);
  return uid !== undefined && uid >= 10000 ? 'passed' : 'failed';
}

const rule: IacRule = {
  id: 'CKV_K8S_40',
  scanner: 'iac',
  title: 'Containers should run as a high UID to avoid host conflict',
  severity: 'low',
  cwe: [250],
  description:
    'The containers run with a UID below 10000 (or the image\'s default), which can be the UID of a privileged user on the node. Set `runAsUser` to 10000 or more.',
  resources: POD_WORKLOADS,
  evaluate(resource): IacCheckResult {
    const spec = podSpec(resource);
    if (!spec) return { status: 'failed', message: 'The workload has no pod spec' };
    const pod = uidVerdict(spec);
    const containers = podContainers(spec).map(uidVerdict);
    // A container's runAsUser overrides the pod's.
    const passed =
      pod === 'passed' ? containers.every((c) => c !== 'failed') : containers.length > 0 && containers.every((c) => c === 'passed');
    return passed ? { status: 'passed' } : { status: 'failed', message: 'Containers may run with a UID below 10000, which can collide with host users' };
  },
};

export default rule;
