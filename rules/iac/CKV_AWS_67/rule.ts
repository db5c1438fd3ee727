import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_67',
  scanner: 'iac',
  title: 'Ensure CloudTrail is enabled in all Regions',
  severity: 'medium',
  cwe: [778],
  description:
    'The trail records API calls of one region only, so activity in every other region (a favourite place for crypto-mining instances) goes unlogged. Set `is_multi_region_trail = true` (Terraform) or `IsMultiRegionTrail: true` (CloudFormation).',
  resources: { terraform: ['aws_cloudtrail'], cloudformation: ['AWS::CloudTrail::Trail'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'is_multi_region_trail', cloudformation: 'IsMultiRegionTrail' },
      test: isTrue,
      whenAbsent: 'fail',
      wrong: 'Multi-region logging is disabled',
      missing: 'Multi-region logging is not enabled (is_multi_region_trail / IsMultiRegionTrail defaults to false)',
      fix: { terraform: 'true', cloudformation: 'true' },
    });
  },
};

export default rule;
