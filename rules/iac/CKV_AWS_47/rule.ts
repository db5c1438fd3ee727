import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_47',
  scanner: 'iac',
  title: 'Ensure DAX is encrypted at rest (default is unencrypted)',
  severity: 'medium',
  cwe: [311],
  description:
    'The DAX cluster caches table items on unencrypted disks. Set `server_side_encryption { enabled = true }` (Terraform) or `SSESpecification: { SSEEnabled: true }` (CloudFormation); it can only be chosen when the cluster is created.',
  resources: { terraform: ['aws_dax_cluster'], cloudformation: ['AWS::DAX::Cluster'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'server_side_encryption.enabled', cloudformation: 'SSESpecification.SSEEnabled' },
      test: isTrue,
      whenAbsent: 'fail',
      wrong: 'DAX encryption at rest is disabled',
      missing: 'DAX encryption at rest is not enabled (off by default)',
      fix: { terraform: 'true', cloudformation: 'true' },
    });
  },
};

export default rule;
