import { asStrings, entry, type IacValue } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { anyUnknown, policyDocuments } from '../_shared/policy';

/** `Principal: "*"` or `Principal: { AWS: "*" }` (alone or in a list): any AWS account, any identity. */
function isPublicPrincipal(principal: IacValue | undefined): boolean {
  if (!principal) return false;
  if (principal.kind === 'scalar') return principal.value === '*';
  if (principal.kind !== 'object') return false;
  return asStrings(entry(principal, 'AWS')?.value).includes('*');
}

const rule: IacRule = {
  id: 'CKV_AWS_60',
  scanner: 'iac',
  title: 'Ensure IAM role allows only specific services or principals to assume it',
  severity: 'critical',
  cwe: [284],
  description:
    'The role trust policy lets any AWS principal ("*") call sts:AssumeRole on the role. Name the accounts, roles or services that may assume it.',
  resources: { terraform: ['aws_iam_role'], cloudformation: ['AWS::IAM::Role'] },
  evaluate(resource): IacCheckResult {
    const documents = policyDocuments(resource, ['trust']);
    for (const document of documents) {
      for (const statement of document.statements) {
        if (statement.effect === 'Deny' || !isPublicPrincipal(statement.principal)) continue;
        return { status: 'failed', at: statement.principal!.range, message: 'Any AWS principal ("*") may assume this role' };
      }
    }
    return anyUnknown(documents) ? { status: 'unknown' } : { status: 'passed' };
  },
};

export default rule;
