import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_5',
  scanner: 'iac',
  title: 'Ensure all data stored in the Elasticsearch is securely encrypted at rest',
  severity: 'medium',
  cwe: [311],
  description:
    'The domain stores indices, snapshots and logs unencrypted. Set `encrypt_at_rest { enabled = true }` (Terraform) or `EncryptionAtRestOptions: { Enabled: true }` (CloudFormation).',
  resources: { terraform: ['aws_elasticsearch_domain', 'aws_opensearch_domain'], cloudformation: ['AWS::Elasticsearch::Domain'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'encrypt_at_rest.enabled', cloudformation: 'EncryptionAtRestOptions.Enabled' },
      test: isTrue,
      whenAbsent: 'fail',
      wrong: 'Encryption at rest is disabled',
      missing: 'Encryption at rest is not enabled (off by default)',
      fix: { terraform: 'true', cloudformation: 'true' },
    });
  },
};

export default rule;
