import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkPolicy, hasWildcardPrincipal, isAllow } from '../_shared/aws-policy';

const rule: IacRule = {
  id: 'CKV_AWS_33',
  scanner: 'iac',
  title: 'Ensure KMS key policy does not contain wildcard (*) principal',
  severity: 'high',
  cwe: [732],
  description:
    'A statement of the key policy allows `*` as principal, so any AWS principal in any account can use (or manage) the key as far as the key policy goes. Name the accounts, roles or services instead.',
  resources: { terraform: ['aws_kms_key', 'aws_kms_key_policy'], cloudformation: ['AWS::KMS::Key'] },
  evaluate(resource): IacCheckResult {
    const key = resource.framework === 'terraform' ? 'policy' : 'KeyPolicy';
    return checkPolicy(resource, key, (statement) => isAllow(statement) && hasWildcardPrincipal(statement), 'The key policy allows any principal ("*")');
  },
};

export default rule;
