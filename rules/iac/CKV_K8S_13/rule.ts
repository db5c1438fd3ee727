import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, requireSet } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_13',
  scanner: 'iac',
  title: 'Memory limits should be set',
  severity: 'low',
  cwe: [400],
  description:
    'Without `resources.limits.memory` the container can use unbounded memory. Set `resources.limits.memory`.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    return requireSet(resource, 'resources.limits.memory', 'The container sets no memory limit');
  },
};

export default rule;
