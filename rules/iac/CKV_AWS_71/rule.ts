import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isSet, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_71',
  scanner: 'iac',
  title: 'Ensure Redshift Cluster logging is enabled',
  severity: 'low',
  cwe: [778],
  description:
    'The cluster keeps no audit log of connections, user changes and queries. Enable audit logging: `logging { enable = true, ... }` (Terraform) or `LoggingProperties: { BucketName: ... }` (CloudFormation).',
  resources: { terraform: ['aws_redshift_cluster'], cloudformation: ['AWS::Redshift::Cluster'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'logging.enable', cloudformation: 'LoggingProperties.BucketName' },
      test: resource.framework === 'terraform' ? isTrue : isSet,
      whenAbsent: 'fail',
      wrong: 'Audit logging is disabled',
      missing: 'Audit logging is not enabled (off by default)',
    });
  },
};

export default rule;
