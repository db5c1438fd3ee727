import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { POD_WORKLOADS, podSpecPath, requireBoolean } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_38',
  scanner: 'iac',
  title: 'Ensure that Service Account Tokens are only mounted where necessary',
  severity: 'medium',
  cwe: [522],
  description:
    'Unless `automountServiceAccountToken: false` is set, every container gets a Kubernetes API token it usually does not need. Turn it off in the pod spec.',
  resources: POD_WORKLOADS,
  evaluate(resource): IacCheckResult {
    const prefix = podSpecPath(resource);
    if (!prefix) return { status: 'unknown' };
    return requireBoolean(resource, prefix, 'automountServiceAccountToken', false, 'The pod mounts a service account token');
  },
};

export default rule;
