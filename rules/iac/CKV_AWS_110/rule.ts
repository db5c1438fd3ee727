import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { privilegeEscalation, checkPolicies, IDENTITY_POLICY_RESOURCES, POLICY_DOCUMENT_DATA } from '../_shared/policy';

const rule: IacRule = {
  id: 'CKV_AWS_110',
  scanner: 'iac',
  title: 'Ensure IAM policies does not allow privilege escalation',
  severity: 'high',
  cwe: [269],
  description:
    'The policy allows, on every resource ("*"), a set of actions known to let a principal raise its own privileges (for example iam:CreatePolicyVersion, iam:AttachUserPolicy, or iam:PassRole with lambda:CreateFunction and lambda:InvokeFunction). Limit those actions to named resources.',
  resources: { terraform: [POLICY_DOCUMENT_DATA], cloudformation: IDENTITY_POLICY_RESOURCES.cloudformation },
  evaluate(resource): IacCheckResult {
    return checkPolicies(
      resource,
      (documents) => privilegeEscalation(documents),
      (finding) => `The policy allows privilege escalation on every resource: ${finding.what}`,
    );
  },
};

export default rule;
