import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, requireSet } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_12',
  scanner: 'iac',
  title: 'Memory requests should be set',
  severity: 'low',
  cwe: [400],
  description:
    'Without `resources.requests.memory` the container is scheduled without reserving memory. Set `resources.requests.memory`.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    return requireSet(resource, 'resources.requests.memory', 'The container sets no memory request');
  },
};

export default rule;
