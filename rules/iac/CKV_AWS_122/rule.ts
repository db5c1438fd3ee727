import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isOneOf } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_122',
  scanner: 'iac',
  title: 'Ensure that direct internet access is disabled for an Amazon SageMaker Notebook Instance',
  severity: 'medium',
  cwe: [284],
  description:
    'The notebook instance has direct internet access, so code in a notebook can download anything and send data anywhere, bypassing the VPC\'s controls. Set `direct_internet_access = "Disabled"` and give the notebook a subnet with the VPC endpoints it needs.',
  resources: { terraform: ['aws_sagemaker_notebook_instance'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'direct_internet_access' },
      test: isOneOf('Disabled'),
      whenAbsent: 'pass',
      wrong: 'Direct internet access is enabled',
      fix: { terraform: '"Disabled"' },
    });
  },
};

export default rule;
