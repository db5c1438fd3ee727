import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag, lookup } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_92',
  scanner: 'iac',
  title: 'Ensure the ELB has access logging enabled',
  severity: 'low',
  cwe: [778],
  description:
    'The classic load balancer keeps no access logs, so requests cannot be audited or investigated. Add an `access_logs` block with a bucket (Terraform) or an `AccessLoggingPolicy` with `Enabled: true` (CloudFormation).',
  resources: { terraform: ['aws_elb'], cloudformation: ['AWS::ElasticLoadBalancing::LoadBalancer'] },
  evaluate(resource): IacCheckResult {
    if (resource.framework === 'cloudformation') {
      return checkFlag(resource, { paths: { cloudformation: 'AccessLoggingPolicy.Enabled' }, feature: 'Access logging', fix: false });
    }
    // In Terraform the access_logs block turns logging on; its enabled argument defaults to true.
    const block = lookup(resource, { terraform: 'access_logs' });
    if (block.kind === 'unknown') return { status: 'unknown' };
    if (block.kind !== 'found') return { status: 'failed', message: 'Access logging is not enabled (no access_logs block)' };
    return checkFlag(resource, { paths: { terraform: 'access_logs.enabled' }, feature: 'Access logging', defaults: { terraform: true }, fix: false });
  },
};

export default rule;
