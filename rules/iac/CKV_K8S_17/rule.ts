import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { POD_WORKLOADS, forbidTrue, podSpecPath } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_17',
  scanner: 'iac',
  title: 'Containers should not share the host process ID namespace',
  severity: 'high',
  cwe: [668],
  description:
    '`hostPID: true` puts the pod in the node\'s process ID namespace. Remove it or set it to false.',
  resources: POD_WORKLOADS,
  evaluate(resource): IacCheckResult {
    const prefix = podSpecPath(resource);
    return prefix ? forbidTrue(resource, prefix, 'hostPID', 'The pod shares the host process ID namespace') : { status: 'unknown' };
  },
};

export default rule;
