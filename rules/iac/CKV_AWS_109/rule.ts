import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { allowsAnyOf, PERMISSIONS_MANAGEMENT_ACTIONS, checkPolicies, IDENTITY_POLICY_RESOURCES, POLICY_DOCUMENT_DATA } from '../_shared/policy';

const rule: IacRule = {
  id: 'CKV_AWS_109',
  scanner: 'iac',
  title: 'Ensure IAM policies does not allow permissions management / resource exposure without constraints',
  severity: 'high',
  cwe: [732],
  description:
    'The policy allows permissions-management actions (attaching or writing IAM policies, bucket and key policies, ACLs, grants, resource shares) on every resource ("*"). Whoever holds it can grant themselves or the public access to anything. Limit them to named resources.',
  resources: { terraform: [POLICY_DOCUMENT_DATA], cloudformation: IDENTITY_POLICY_RESOURCES.cloudformation },
  evaluate(resource): IacCheckResult {
    return checkPolicies(
      resource,
      (documents) => allowsAnyOf(documents, PERMISSIONS_MANAGEMENT_ACTIONS),
      (finding) => `${finding.what} is allowed on every resource: it can change who may access what`,
    );
  },
};

export default rule;
