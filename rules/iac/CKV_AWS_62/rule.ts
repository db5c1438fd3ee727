import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { allowsAllActions, checkPolicies, IDENTITY_POLICY_RESOURCES } from '../_shared/policy';

const rule: IacRule = {
  id: 'CKV_AWS_62',
  scanner: 'iac',
  title: 'Ensure IAM policies that allow full "*-*" administrative privileges are not created',
  severity: 'critical',
  cwe: [269],
  description:
    'A policy statement allows every action ("*") on every resource ("*"): full administrator access. Grant the actions and resources the principal needs instead, or use a reviewed AWS managed job-function policy.',
  resources: { terraform: IDENTITY_POLICY_RESOURCES.terraform, cloudformation: ['AWS::IAM::Policy', 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'] },
  evaluate(resource): IacCheckResult {
    return checkPolicies(
      resource,
      (documents) => {
        for (const document of documents) {
          for (const statement of document.statements) if (allowsAllActions(statement) && statement.resource?.values.includes('*')) return { statement, what: '*' };
        }
        return undefined;
      },
      () => "The policy allows every action on every resource (\"*\" on \"*\"): full administrator access",
    );
  },
};

export default rule;
