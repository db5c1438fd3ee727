import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { allowsAnyOf, DATA_EXFILTRATION_ACTIONS, checkPolicies } from '../_shared/policy';

const rule: IacRule = {
  id: 'CKV_AWS_288',
  scanner: 'iac',
  title: 'Ensure IAM policies does not allow data exfiltration',
  severity: 'high',
  cwe: [200],
  description:
    'The policy allows reading every S3 object, SSM parameter or Secrets Manager secret in the account ("*"). Limit s3:GetObject, ssm:GetParameter* and secretsmanager:GetSecretValue to the buckets, parameter paths and secrets the workload needs.',
  resources: { terraform: ['aws_iam_policy'] },
  evaluate(resource): IacCheckResult {
    return checkPolicies(
      resource,
      (documents) => allowsAnyOf(documents, DATA_EXFILTRATION_ACTIONS),
      (finding) => `${finding.what} is allowed on every resource: every object, parameter or secret can be read`,
    );
  },
};

export default rule;
