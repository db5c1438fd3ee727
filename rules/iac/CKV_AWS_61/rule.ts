import { asStrings, entry, type IacValue } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { anyUnknown, policyDocuments, type PolicyStatement } from '../_shared/policy';

/** A whole account as principal: a 12-digit account id or its `:root` ARN (matched from the start, as Checkov does). */
const ACCOUNT_PRINCIPAL = /^(\d{12}|arn:aws:iam::\d{12}:root)/;

/** `sts:AssumeRole` guarded by an `sts:ExternalId` condition: the documented pattern for third parties. */
function hasExternalIdGuard(statement: PolicyStatement): boolean {
  if (!statement.action?.values.includes('sts:AssumeRole')) return false;
  const condition: IacValue | undefined = statement.condition;
  if (condition?.kind !== 'object') return false;
  return condition.entries.some((operator) => operator.value.kind === 'object' && entry(operator.value, 'sts:ExternalId') !== undefined);
}

const rule: IacRule = {
  id: 'CKV_AWS_61',
  scanner: 'iac',
  title: 'Ensure AWS IAM policy does not allow assume role permission across all services',
  severity: 'high',
  cwe: [284],
  description:
    'The role trust policy lets a whole AWS account (its id or :root) assume the role, so every user and role of that account that has sts:AssumeRole can. Name the roles that may assume it, or require an sts:ExternalId.',
  resources: { terraform: ['aws_iam_role'], cloudformation: ['AWS::IAM::Role'] },
  evaluate(resource): IacCheckResult {
    const documents = policyDocuments(resource, ['trust']);
    for (const document of documents) {
      for (const statement of document.statements) {
        if (statement.effect === 'Deny' || statement.principal?.kind !== 'object') continue;
        const aws = entry(statement.principal, 'AWS');
        if (!aws || hasExternalIdGuard(statement)) continue;
        const account = asStrings(aws.value).find((principal) => ACCOUNT_PRINCIPAL.test(principal));
        if (account) return { status: 'failed', at: aws.range, message: `Every principal of account ${account.replace(/^arn:aws:iam::|:root$/g, '')} may assume this role` };
      }
    }
    return anyUnknown(documents) ? { status: 'unknown' } : { status: 'passed' };
  },
};

export default rule;
