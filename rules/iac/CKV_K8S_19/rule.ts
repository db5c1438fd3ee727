import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { POD_WORKLOADS, forbidTrue, podSpecPath } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_19',
  scanner: 'iac',
  title: 'Containers should not share the host network namespace',
  severity: 'high',
  cwe: [668],
  description:
    '`hostNetwork: true` puts the pod in the node\'s network namespace. Remove it or set it to false.',
  resources: POD_WORKLOADS,
  evaluate(resource): IacCheckResult {
    const prefix = podSpecPath(resource);
    return prefix ? forbidTrue(resource, prefix, 'hostNetwork', 'The pod shares the host network namespace') : { status: 'unknown' };
  },
};

export default rule;
