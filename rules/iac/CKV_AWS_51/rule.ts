import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isOneOf } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_51',
  scanner: 'iac',
  title: 'Ensure ECR Image Tags are immutable',
  severity: 'medium',
  cwe: [494],
  description:
    'Tags in the repository can be overwritten, so `app:1.4.2` may not be the image that was tested and approved. Set `image_tag_mutability = "IMMUTABLE"` (Terraform) or `ImageTagMutability: IMMUTABLE` (CloudFormation).',
  resources: { terraform: ['aws_ecr_repository'], cloudformation: ['AWS::ECR::Repository'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'image_tag_mutability', cloudformation: 'ImageTagMutability' },
      test: isOneOf('IMMUTABLE'),
      whenAbsent: 'fail',
      wrong: 'Image tags are mutable',
      missing: 'Image tags are mutable (image_tag_mutability / ImageTagMutability defaults to MUTABLE)',
      fix: { terraform: '"IMMUTABLE"', cloudformation: 'IMMUTABLE' },
    });
  },
};

export default rule;
