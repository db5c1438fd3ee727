import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isSet } from '../_shared/aws-data';
import { inlineOrConnected } from '../_shared/connected';

const rule: IacRule = {
  id: 'CKV_AWS_18',
  scanner: 'iac',
  title: 'Ensure the S3 bucket has access logging enabled',
  severity: 'low',
  cwe: [778],
  description:
    'The bucket keeps no server access log, so there is no record of who read, wrote or deleted objects. Add an `aws_s3_bucket_logging` resource for the bucket (provider v4+) or a `logging` block (Terraform), or `LoggingConfiguration` with a destination bucket (CloudFormation).',
  resources: { terraform: ['aws_s3_bucket'], cloudformation: ['AWS::S3::Bucket'] },
  connects: ['aws_s3_bucket_logging'],
  evaluate(resource): IacCheckResult {
    if (resource.framework === 'terraform') {
      // Checkov's graph check: an inline `logging` block, or a connected aws_s3_bucket_logging (provider v4+).
      return inlineOrConnected(resource, {
        inline: { path: 'logging', test: () => true, wrong: 'Server access logging is not enabled' },
        connectedType: 'aws_s3_bucket_logging',
        missing: 'Server access logging is not enabled (no logging block and no aws_s3_bucket_logging for this bucket)',
      });
    }
    return checkAttribute(resource, {
      path: { cloudformation: 'LoggingConfiguration' },
      test: isSet,
      whenAbsent: 'fail',
      wrong: 'Server access logging is not enabled',
      missing: 'Server access logging is not enabled (no LoggingConfiguration)',
    });
  },
};

export default rule;
