import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_28',
  scanner: 'iac',
  title: 'Ensure DynamoDB point in time recovery (backup) is enabled',
  severity: 'medium',
  cwe: [693],
  description:
    'Point-in-time recovery is off, so a bad deploy, a faulty script or a malicious delete cannot be rolled back. Set `point_in_time_recovery { enabled = true }` (Terraform) or `PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }` (CloudFormation).',
  resources: { terraform: ['aws_dynamodb_table'], cloudformation: ['AWS::DynamoDB::Table'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'point_in_time_recovery.enabled', cloudformation: 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled' },
      test: isTrue,
      whenAbsent: 'fail',
      wrong: 'Point-in-time recovery is disabled',
      missing: 'Point-in-time recovery is not enabled (it is off by default)',
      fix: { terraform: 'true', cloudformation: 'true' },
    });
  },
};

export default rule;
