import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, requireBoolean } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_22',
  scanner: 'iac',
  title: 'Use read-only filesystem for containers where possible',
  severity: 'medium',
  cwe: [732],
  description:
    'A writable root filesystem lets an attacker drop tools, change binaries and persist. Set `securityContext.readOnlyRootFilesystem: true` and mount writable volumes where the application needs them.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    return requireBoolean(resource, '', 'securityContext.readOnlyRootFilesystem', true, 'The container\'s root filesystem is writable');
  },
};

export default rule;
