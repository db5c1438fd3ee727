import { asString } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { entryAt } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_21',
  scanner: 'iac',
  title: 'The default namespace should not be used',
  severity: 'low',
  description:
    'Resources without `metadata.namespace` (or with `default`) share the default namespace, where RBAC, quotas and network policies are rarely set up. Put them in a namespace of their own.',
  resources: { kubernetes: ['Pod', 'Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Service', 'Secret', 'ServiceAccount', 'Role', 'RoleBinding', 'ConfigMap', 'Ingress'] },
  evaluate(resource): IacCheckResult {
    const namespace = entryAt(resource.body, 'metadata.namespace');
    const value = asString(namespace?.value);
    if (namespace && value !== 'default') return { status: 'passed' };
    // The cluster's own default ServiceAccount and `kubernetes` Service live there by design.
    const name = asString(entryAt(resource.body, 'metadata.name')?.value);
    if ((resource.type === 'ServiceAccount' && name === 'default') || (resource.type === 'Service' && name === 'kubernetes')) return { status: 'passed' };
    return { status: 'failed', at: namespace?.range, message: namespace ? 'The resource is in the default namespace' : 'The resource has no namespace, so it goes to the default namespace' };
  },
};

export default rule;
