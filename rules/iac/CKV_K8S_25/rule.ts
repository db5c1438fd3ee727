import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, entryAt, isTruthy } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_25',
  scanner: 'iac',
  title: 'Minimize the admission of containers with added capability',
  severity: 'medium',
  cwe: [250],
  description:
    '`securityContext.capabilities.add` grants the container kernel privileges beyond the default set. Remove the added capabilities, or accept each with a documented skip.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    const added = entryAt(resource.body, 'securityContext.capabilities.add');
    return added && isTruthy(added.value) ? { status: 'failed', at: added.range, message: 'The container adds Linux capabilities' } : { status: 'passed' };
  },
};

export default rule;
