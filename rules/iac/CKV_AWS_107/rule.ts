import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { allowsAnyOf, CREDENTIALS_EXPOSURE_ACTIONS, checkPolicies, IDENTITY_POLICY_RESOURCES, POLICY_DOCUMENT_DATA } from '../_shared/policy';

const rule: IacRule = {
  id: 'CKV_AWS_107',
  scanner: 'iac',
  title: 'Ensure IAM policies does not allow credentials exposure',
  severity: 'high',
  cwe: [522],
  description:
    'The policy allows, on every resource ("*"), an action that returns credentials: access keys, passwords, session tokens, database or registry credentials. Whoever holds it can mint credentials for other identities. Limit such actions to named resources.',
  resources: { terraform: [POLICY_DOCUMENT_DATA], cloudformation: IDENTITY_POLICY_RESOURCES.cloudformation },
  evaluate(resource): IacCheckResult {
    return checkPolicies(
      resource,
      (documents) => allowsAnyOf(documents, CREDENTIALS_EXPOSURE_ACTIONS),
      (finding) => `${finding.what} is allowed on every resource: it hands out credentials`,
    );
  },
};

export default rule;
