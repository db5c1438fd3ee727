import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { allowsActionWhere, isRestrictable, checkPolicies } from '../_shared/policy';

const rule: IacRule = {
  id: 'CKV_AWS_355',
  scanner: 'iac',
  title: "Ensure no IAM policies documents allow \"*\" as a statement's resource for restrictable actions",
  severity: 'medium',
  cwe: [732],
  description:
    'A statement allows on "*" an action that supports resource-level permissions. Name the resources instead; keep "*" for actions that accept nothing else (Describe*, account-level List*).',
  resources: { terraform: ['aws_iam_policy'] },
  evaluate(resource): IacCheckResult {
    return checkPolicies(
      resource,
      (documents) => allowsActionWhere(documents, isRestrictable),
      (finding) => `${finding.what} can be limited to specific resources but is allowed on "*"`,
    );
  },
};

export default rule;
