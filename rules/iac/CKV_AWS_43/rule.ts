import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isOneOf } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_43',
  scanner: 'iac',
  title: 'Ensure Kinesis Stream is securely encrypted',
  severity: 'medium',
  cwe: [311],
  description:
    'Records in the stream are stored unencrypted. Set `encryption_type = "KMS"` with a `kms_key_id` (Terraform), or `StreamEncryption` with `EncryptionType: KMS` (CloudFormation).',
  resources: { terraform: ['aws_kinesis_stream'], cloudformation: ['AWS::Kinesis::Stream'] },
  evaluate(resource): IacCheckResult {
    if (resource.framework === 'cloudformation') {
      return checkAttribute(resource, {
        path: { cloudformation: 'StreamEncryption.EncryptionType' },
        test: isOneOf('KMS'),
        whenAbsent: 'fail',
        wrong: 'Stream encryption is not KMS',
        missing: 'The stream is not encrypted (no StreamEncryption)',
      });
    }
    return checkAttribute(resource, {
      path: { terraform: 'encryption_type' },
      test: isOneOf('KMS'),
      whenAbsent: 'fail',
      wrong: 'The stream is not encrypted (encryption_type is not KMS)',
      missing: 'The stream is not encrypted (encryption_type defaults to NONE)',
    });
  },
};

export default rule;
