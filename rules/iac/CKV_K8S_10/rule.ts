import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, requireSet } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_10',
  scanner: 'iac',
  title: 'CPU requests should be set',
  severity: 'low',
  cwe: [400],
  description:
    'Without `resources.requests.cpu` the container is scheduled without reserving CPU. Set `resources.requests.cpu`.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    return requireSet(resource, 'resources.requests.cpu', 'The container sets no CPU request');
  },
};

export default rule;
