import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isSet } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_142',
  scanner: 'iac',
  title: 'Ensure that Redshift cluster is encrypted by KMS',
  severity: 'low',
  cwe: [311],
  description:
    'The cluster names no KMS key (`kms_key_id`), so it is unencrypted or encrypted with the AWS managed key, whose use you cannot restrict. Set `kms_key_id` to a customer managed key.',
  resources: { terraform: ['aws_redshift_cluster'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'kms_key_id' },
      test: isSet,
      whenAbsent: 'fail',
      wrong: 'The cluster sets no KMS key',
      missing: 'The cluster is not encrypted with a KMS key of its own (kms_key_id is not set)',
    });
  },
};

export default rule;
