import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkPresent } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_68',
  scanner: 'iac',
  title: 'CloudFront Distribution should have WAF enabled',
  severity: 'medium',
  cwe: [693],
  description:
    'No AWS WAF web ACL protects the distribution, so common web exploits, bots and request floods reach the origin unfiltered. Set `web_acl_id` to a WAFv2 web ACL (scope CLOUDFRONT).',
  resources: { terraform: ['aws_cloudfront_distribution'], cloudformation: ['AWS::CloudFront::Distribution'] },
  evaluate(resource): IacCheckResult {
    return checkPresent(resource, { terraform: 'web_acl_id', cloudformation: 'DistributionConfig.WebACLId' }, 'No WAF web ACL is associated with the distribution');
  },
};

export default rule;
