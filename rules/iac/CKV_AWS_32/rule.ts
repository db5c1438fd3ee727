import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkPolicy, isPublicStatement } from '../_shared/aws-policy';

const rule: IacRule = {
  id: 'CKV_AWS_32',
  scanner: 'iac',
  title: 'Ensure ECR policy is not set to public',
  severity: 'high',
  cwe: [284],
  description:
    'The repository policy allows any principal (`"Principal": "*"`) without a condition, so anyone can pull (or push, depending on the actions) images. Name the accounts or roles that need access, or narrow the statement with a condition such as `aws:PrincipalOrgID`.',
  resources: { terraform: ['aws_ecr_repository_policy'], cloudformation: ['AWS::ECR::Repository'] },
  evaluate(resource): IacCheckResult {
    const key = resource.framework === 'terraform' ? 'policy' : 'RepositoryPolicyText';
    return checkPolicy(resource, key, isPublicStatement, 'The repository policy allows anyone ("*" principal without a condition)');
  },
};

export default rule;
