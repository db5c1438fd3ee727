import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_36',
  scanner: 'iac',
  title: 'Ensure CloudTrail log file validation is enabled',
  severity: 'medium',
  cwe: [778],
  description:
    'Without log file validation nobody can prove that a CloudTrail log file was not altered or deleted after delivery. Set `enable_log_file_validation = true` (Terraform) or `EnableLogFileValidation: true` (CloudFormation).',
  resources: { terraform: ['aws_cloudtrail'], cloudformation: ['AWS::CloudTrail::Trail'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'enable_log_file_validation', cloudformation: 'EnableLogFileValidation' },
      test: isTrue,
      whenAbsent: 'fail',
      wrong: 'Log file validation is disabled',
      missing: 'Log file validation is not enabled (enable_log_file_validation / EnableLogFileValidation defaults to false)',
      fix: { terraform: 'true', cloudformation: 'true' },
    });
  },
};

export default rule;
