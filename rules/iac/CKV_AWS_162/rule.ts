import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_162',
  scanner: 'iac',
  title: 'Ensure RDS cluster has IAM authentication enabled',
  severity: 'medium',
  cwe: [287],
  description:
    'The Aurora cluster accepts only database passwords, which are long-lived and shared. Set `iam_database_authentication_enabled = true` (Terraform) or `EnableIAMDatabaseAuthentication: true` (CloudFormation) so that clients connect with short-lived IAM tokens.',
  resources: { terraform: ['aws_rds_cluster'], cloudformation: ['AWS::RDS::DBCluster'] },
  evaluate(resource): IacCheckResult {
    return checkFlag(resource, { paths: { terraform: 'iam_database_authentication_enabled', cloudformation: 'EnableIAMDatabaseAuthentication' }, feature: 'IAM database authentication' });
  },
};

export default rule;
