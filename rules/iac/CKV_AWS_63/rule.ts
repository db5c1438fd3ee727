import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { allowsAllActions, checkPolicies, IDENTITY_POLICY_RESOURCES } from '../_shared/policy';

const rule: IacRule = {
  id: 'CKV_AWS_63',
  scanner: 'iac',
  title: "Ensure no IAM policies documents allow \"*\" as a statement's actions",
  severity: 'high',
  cwe: [269],
  description:
    'A policy statement allows every action ("*"), whatever its resources: every present and future API of every service. List the actions the principal needs.',
  resources: { terraform: IDENTITY_POLICY_RESOURCES.terraform, cloudformation: ['AWS::IAM::Policy', 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'] },
  evaluate(resource): IacCheckResult {
    return checkPolicies(
      resource,
      (documents) => {
        for (const document of documents) {
          for (const statement of document.statements) if (allowsAllActions(statement)) return { statement, what: '*' };
        }
        return undefined;
      },
      () => "A statement allows every action (\"*\")",
    );
  },
};

export default rule;
