import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isSet } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_18',
  scanner: 'iac',
  title: 'Ensure the S3 bucket has access logging enabled',
  severity: 'low',
  cwe: [778],
  description:
    'The bucket keeps no server access log, so there is no record of who read, wrote or deleted objects. Add `LoggingConfiguration` with a destination bucket.',
  resources: { cloudformation: ['AWS::S3::Bucket'] },
  evaluate(resource): IacCheckResult {
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
