import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isSet } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_252',
  scanner: 'iac',
  title: 'Ensure CloudTrail defines an SNS Topic',
  severity: 'low',
  description:
    'The trail publishes no notification when it delivers a log file, so nothing downstream can react to new logs in near real time. Set `sns_topic_name` to a topic (preferably consumed by an SQS queue).',
  resources: { terraform: ['aws_cloudtrail'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'sns_topic_name' },
      test: isSet,
      whenAbsent: 'fail',
      wrong: 'The trail defines no SNS topic',
      missing: 'The trail defines no SNS topic (sns_topic_name is not set)',
    });
  },
};

export default rule;
