import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, forbidTrue } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_16',
  scanner: 'iac',
  title: 'Container should not be privileged',
  severity: 'high',
  cwe: [250],
  description:
    'A privileged container has every capability and all host devices: escaping to the node is trivial. Remove `privileged: true` or set it to false.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    return forbidTrue(resource, '', 'securityContext.privileged', 'The container runs privileged');
  },
};

export default rule;
