import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkPresent } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_86',
  scanner: 'iac',
  title: 'Ensure Cloudfront distribution has Access Logging enabled',
  severity: 'low',
  cwe: [778],
  description:
    'The distribution keeps no access logs, so requests to the edge (client addresses, paths, status codes) cannot be audited or investigated. Add `logging_config { bucket = … }`.',
  resources: { terraform: ['aws_cloudfront_distribution'], cloudformation: ['AWS::CloudFront::Distribution'] },
  evaluate(resource): IacCheckResult {
    return checkPresent(resource, { terraform: 'logging_config.bucket', cloudformation: 'DistributionConfig.Logging.Bucket' }, 'Access logging is not enabled (no logging bucket)');
  },
};

export default rule;
