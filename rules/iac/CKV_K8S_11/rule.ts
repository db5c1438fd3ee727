import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, requireSet } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_11',
  scanner: 'iac',
  title: 'CPU limits should be set',
  severity: 'low',
  cwe: [400],
  description:
    'Without `resources.limits.cpu` the container can use unbounded CPU. Set `resources.limits.cpu`.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    return requireSet(resource, 'resources.limits.cpu', 'The container sets no CPU limit');
  },
};

export default rule;
