import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isSet } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_22',
  scanner: 'iac',
  title: 'Ensure SageMaker Notebook is encrypted at rest using KMS CMK',
  severity: 'medium',
  cwe: [311],
  description:
    'The notebook instance storage volume is not encrypted with a KMS key of your own. Set `kms_key_id` to a customer managed key.',
  resources: { terraform: ['aws_sagemaker_notebook_instance'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'kms_key_id' },
      test: isSet,
      whenAbsent: 'fail',
      wrong: 'The notebook sets no KMS key',
      missing: 'The notebook storage is not encrypted with a customer managed key (kms_key_id is not set)',
    });
  },
};

export default rule;
