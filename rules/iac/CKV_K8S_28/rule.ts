import { asStrings } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, entryAt } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_28',
  scanner: 'iac',
  title: 'Minimize the admission of containers with the NET_RAW capability',
  severity: 'medium',
  cwe: [250],
  description:
    'The container keeps NET_RAW. Add `securityContext.capabilities.drop: ["ALL"]` and add back only what the application needs.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    const drop = entryAt(resource.body, 'securityContext.capabilities.drop');
    // As Checkov: a dropped entry that contains the name counts ("ALL", "all", "NET_RAW").
    if (asStrings(drop?.value).some((item) => item.includes('ALL') || item.includes('all') || item.includes('NET_RAW'))) return { status: 'passed' };
    const fix = drop ? undefined : { title: 'Drop all capabilities', edits: resource.setAttribute('securityContext.capabilities.drop', '["ALL"]') };
    return { status: 'failed', at: drop?.range, message: 'The container keeps the NET_RAW capability', fix };
  },
};

export default rule;
