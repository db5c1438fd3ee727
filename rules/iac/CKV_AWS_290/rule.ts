import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { allowsActionWhere, isWriteAction, checkPolicies } from '../_shared/policy';

const rule: IacRule = {
  id: 'CKV_AWS_290',
  scanner: 'iac',
  title: 'Ensure IAM policies does not allow write access without constraints',
  severity: 'medium',
  cwe: [732],
  description:
    'The policy allows write actions (create, put, update, delete…) on every resource ("*"). Limit write access to the resources the workload owns (resource-level permissions).',
  resources: { terraform: ['aws_iam_policy'] },
  evaluate(resource): IacCheckResult {
    return checkPolicies(
      resource,
      (documents) => allowsActionWhere(documents, isWriteAction),
      (finding) => `${finding.what} grants write access to every resource`,
    );
  },
};

export default rule;
