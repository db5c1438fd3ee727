import { asString, entry, type IacValue } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { fixValue, lookup } from '../_shared/settings';

const LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];

/** Enabled types: strings, or CloudFormation's `{ Type: api }` objects. */
function enabledTypes(value: IacValue): string[] | 'unknown' {
  if (value.kind === 'expression') return 'unknown';
  if (value.kind !== 'list') return [];
  const types: string[] = [];
  for (const item of value.items) {
    if (item.kind === 'expression') return 'unknown';
    const text = item.kind === 'object' ? asString(entry(item, 'Type')?.value) : asString(item);
    if (text !== undefined) types.push(text);
  }
  return types;
}

const rule: IacRule = {
  id: 'CKV_AWS_37',
  scanner: 'iac',
  title: 'Ensure Amazon EKS control plane logging is enabled for all log types',
  severity: 'low',
  cwe: [778],
  description:
    'The cluster does not send all control plane logs (api, audit, authenticator, controllerManager, scheduler) to CloudWatch, so who did what through the Kubernetes API cannot be traced. Set `enabled_cluster_log_types` to all five types.',
  resources: { terraform: ['aws_eks_cluster'], cloudformation: ['AWS::EKS::Cluster'] },
  evaluate(resource): IacCheckResult {
    const terraform = resource.framework === 'terraform';
    const path = terraform ? 'enabled_cluster_log_types' : 'Logging.ClusterLogging.EnabledTypes';
    const found = lookup(resource, { terraform: path, cloudformation: path });
    if (found.kind === 'unknown') return { status: 'unknown' };
    const types = found.kind === 'found' ? enabledTypes(found.entry.value) : [];
    if (types === 'unknown') return { status: 'unknown' };
    const missing = LOG_TYPES.filter((type) => !types.includes(type));
    if (missing.length === 0) return { status: 'passed' };
    const all = '[' + LOG_TYPES.map((type) => `"${type}"`).join(', ') + ']';
    return {
      status: 'failed',
      at: found.kind === 'found' ? found.entry.range : undefined,
      message: `Control plane logging misses ${missing.join(', ')}`,
      fix: terraform ? fixValue(resource, found, path, all, 'Enable all control plane log types') : undefined,
    };
  },
};

export default rule;
