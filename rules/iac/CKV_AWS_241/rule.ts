import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { entry } from '../../../server/src/engine/scanners/iac/model';
import { checkAttribute, isOneOf, isSet, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_241',
  scanner: 'iac',
  title: 'Ensure that Kinesis Firehose Delivery Streams are encrypted with CMK',
  severity: 'low',
  cwe: [311],
  description:
    'The delivery stream is not encrypted with a customer managed KMS key. Set `server_side_encryption { enabled = true, key_type = "CUSTOMER_MANAGED_CMK", key_arn = ... }`.',
  resources: { terraform: ['aws_kinesis_firehose_delivery_stream'] },
  evaluate(resource): IacCheckResult {
    if (entry(resource.body, 'kinesis_source_configuration')) return { status: 'unknown' };
    // All three must hold, as in Checkov; the first that does not is reported.
    const steps = [
      { path: 'server_side_encryption.enabled', test: isTrue, wrong: 'Server-side encryption is disabled' },
      { path: 'server_side_encryption.key_type', test: isOneOf('CUSTOMER_MANAGED_CMK'), wrong: 'The delivery stream does not use a customer managed key (key_type)' },
      { path: 'server_side_encryption.key_arn', test: isSet, wrong: 'The delivery stream names no customer managed key (key_arn)' },
    ];
    for (const step of steps) {
      const result = checkAttribute(resource, { path: { terraform: step.path }, test: step.test, whenAbsent: 'fail', wrong: step.wrong });
      if (result.status !== 'passed') return result;
    }
    return { status: 'passed' };
  },
};

export default rule;
