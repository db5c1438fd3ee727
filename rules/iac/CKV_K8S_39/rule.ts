import { asStrings } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, entryAt } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_39',
  scanner: 'iac',
  title: 'Do not use the CAP_SYS_ADMIN linux capability',
  severity: 'high',
  cwe: [250],
  description:
    '`CAP_SYS_ADMIN` is close to full root (mounts, namespaces, many kernel interfaces) and the usual step of container escapes. Do not add it.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    const added = entryAt(resource.body, 'securityContext.capabilities.add');
    const sysAdmin = asStrings(added?.value).some((item) => item === 'SYS_ADMIN' || item === 'CAP_SYS_ADMIN');
    return sysAdmin ? { status: 'failed', at: added!.range, message: 'The container adds CAP_SYS_ADMIN' } : { status: 'passed' };
  },
};

export default rule;
