import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { entry } from '../../../server/src/engine/scanners/iac/model';
import { checkAttribute, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_240',
  scanner: 'iac',
  title: 'Ensure Kinesis Firehose delivery stream is encrypted',
  severity: 'medium',
  cwe: [311],
  description:
    'Records buffered in the delivery stream are not encrypted at rest. Set `server_side_encryption { enabled = true }`.',
  resources: { terraform: ['aws_kinesis_firehose_delivery_stream'] },
  evaluate(resource): IacCheckResult {
    // With a Kinesis stream as source, Firehose cannot enable its own encryption (the source's applies).
    if (entry(resource.body, 'kinesis_source_configuration')) return { status: 'unknown' };
    return checkAttribute(resource, {
      path: { terraform: 'server_side_encryption.enabled' },
      test: isTrue,
      whenAbsent: 'fail',
      wrong: 'Server-side encryption is disabled',
      missing: 'Server-side encryption is not enabled (off by default)',
      fix: { terraform: 'true' },
    });
  },
};

export default rule;
