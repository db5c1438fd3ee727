import { asString, entry } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_161',
  scanner: 'iac',
  title: 'Ensure RDS database has IAM authentication enabled',
  severity: 'medium',
  cwe: [287],
  description:
    'The MySQL or PostgreSQL instance accepts only database passwords, which are long-lived and shared. Turn on IAM database authentication (`iam_database_authentication_enabled = true`) so that applications and people connect with short-lived IAM tokens.',
  resources: { terraform: ['aws_db_instance'], cloudformation: ['AWS::RDS::DBInstance'] },
  evaluate(resource): IacCheckResult {
    const engine = asString(entry(resource.body, resource.framework === 'terraform' ? 'engine' : 'Engine')?.value);
    // Checkov only judges the engines it knows support IAM authentication; others get no verdict.
    if (engine !== 'mysql' && engine !== 'postgres') return { status: 'unknown' };
    return checkFlag(resource, {
      paths: { terraform: 'iam_database_authentication_enabled', cloudformation: 'EnableIAMDatabaseAuthentication' },
      feature: 'IAM database authentication',
    });
  },
};

export default rule;
