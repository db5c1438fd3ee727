import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { allowsAnyOf, DATA_EXFILTRATION_ACTIONS, checkPolicies, IDENTITY_POLICY_RESOURCES, POLICY_DOCUMENT_DATA } from '../_shared/policy';

const rule: IacRule = {
  id: 'CKV_AWS_108',
  scanner: 'iac',
  title: 'Ensure IAM policies does not allow data exfiltration',
  severity: 'high',
  cwe: [200],
  description:
    'The policy allows reading every S3 object, SSM parameter or Secrets Manager secret in the account ("*"). Limit s3:GetObject, ssm:GetParameter* and secretsmanager:GetSecretValue to the buckets, parameter paths and secrets the workload needs.',
  resources: { terraform: [POLICY_DOCUMENT_DATA], cloudformation: IDENTITY_POLICY_RESOURCES.cloudformation },
  evaluate(resource): IacCheckResult {
    return checkPolicies(
      resource,
      (documents) => allowsAnyOf(documents, DATA_EXFILTRATION_ACTIONS),
      (finding) => `${finding.what} is allowed on every resource: every object, parameter or secret can be read`,
    );
  },
};

export default rule;
