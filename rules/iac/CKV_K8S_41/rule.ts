import { asBoolean, asString } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { entryAt } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_41',
  scanner: 'iac',
  title: 'Ensure that default service accounts are not actively used',
  severity: 'medium',
  cwe: [522],
  description:
    'Every pod that names no service account runs as `default`; unless the default account has `automountServiceAccountToken: false`, they all get its API token. Turn it off and give workloads their own accounts.',
  resources: { kubernetes: ['ServiceAccount'] },
  evaluate(resource): IacCheckResult {
    if (asString(entryAt(resource.body, 'metadata.name')?.value) !== 'default') return { status: 'passed' };
    const automount = entryAt(resource.body, 'automountServiceAccountToken');
    if (asBoolean(automount?.value) === false) return { status: 'passed' };
    return {
      status: 'failed',
      at: automount?.range,
      message: 'The default service account mounts its token into every pod that does not choose another account',
      fix: { title: 'Set automountServiceAccountToken: false', edits: resource.setAttribute('automountServiceAccountToken', 'false') },
    };
  },
};

export default rule;
