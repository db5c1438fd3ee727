import { asStrings } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, entryAt } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_37',
  scanner: 'iac',
  title: 'Minimize the admission of containers with capabilities assigned',
  severity: 'low',
  cwe: [250],
  description:
    'The container keeps the default Linux capabilities. Add `securityContext.capabilities.drop: ["ALL"]` and add back only what the application needs.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    const drop = entryAt(resource.body, 'securityContext.capabilities.drop');
    // As Checkov: a dropped entry that contains the name counts ("ALL", "all").
    if (asStrings(drop?.value).some((item) => item.includes('ALL') || item.includes('all'))) return { status: 'passed' };
    const fix = drop ? undefined : { title: 'Drop all capabilities', edits: resource.setAttribute('securityContext.capabilities.drop', '["ALL"]') };
    return { status: 'failed', at: drop?.range, message: 'The container does not drop all capabilities', fix };
  },
};

export default rule;
