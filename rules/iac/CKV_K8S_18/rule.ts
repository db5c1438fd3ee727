import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { POD_WORKLOADS, forbidTrue, podSpecPath } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_18',
  scanner: 'iac',
  title: 'Containers should not share the host IPC namespace',
  severity: 'high',
  cwe: [668],
  description:
    '`hostIPC: true` puts the pod in the node\'s IPC namespace. Remove it or set it to false.',
  resources: POD_WORKLOADS,
  evaluate(resource): IacCheckResult {
    const prefix = podSpecPath(resource);
    return prefix ? forbidTrue(resource, prefix, 'hostIPC', 'The pod shares the host IPC namespace') : { status: 'unknown' };
  },
};

export default rule;
