import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isFalse } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_87',
  scanner: 'iac',
  title: 'Redshift cluster should not be publicly accessible',
  severity: 'high',
  cwe: [284],
  description:
    'The cluster gets a public IP address and accepts connections from the internet, as far as its security groups allow. Set `publicly_accessible = false` (Terraform) or `PubliclyAccessible: false` (CloudFormation) and reach it through the VPC.',
  resources: { terraform: ['aws_redshift_cluster'], cloudformation: ['AWS::Redshift::Cluster'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'publicly_accessible', cloudformation: 'PubliclyAccessible' },
      test: isFalse,
      whenAbsent: 'pass',
      wrong: 'The cluster is publicly accessible',
      fix: { terraform: 'false', cloudformation: 'false' },
    });
  },
};

export default rule;
