import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkPresent } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_305',
  scanner: 'iac',
  title: 'Ensure CloudFront distribution has a default root object configured',
  severity: 'low',
  cwe: [200],
  description:
    'The distribution has no default root object, so a request for `/` is passed to the origin as is — for an S3 origin that can mean a listing of the bucket. Set `default_root_object`, e.g. `index.html`.',
  resources: { terraform: ['aws_cloudfront_distribution'] },
  evaluate(resource): IacCheckResult {
    return checkPresent(resource, { terraform: 'default_root_object' }, 'No default root object is configured');
  },
};

export default rule;
