import { asString, entry, objectsAt, type IacObject, type IacResource } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { lookup, singleObject } from '../_shared/settings';

/** The distribution settings: the Terraform body, or CloudFormation's DistributionConfig. */
function distribution(resource: IacResource): IacObject | undefined {
  if (resource.framework === 'terraform') return resource.body;
  const config = lookup(resource, { cloudformation: 'DistributionConfig' });
  const object = config.kind === 'found' ? singleObject(config.entry.value) : undefined;
  return object === 'unknown' ? undefined : object;
}

/** The default behavior and the ordered behaviors, in the order Checkov reads them. */
function behaviors(resource: IacResource): IacObject[] {
  const terraform = resource.framework === 'terraform';
  const body = distribution(resource);
  if (!body) return [];
  const first = entry(body, terraform ? 'default_cache_behavior' : 'DefaultCacheBehavior');
  const main = first ? singleObject(first.value) : undefined;
  return [...(main && main !== 'unknown' ? [main] : []), ...objectsAt(body, terraform ? 'ordered_cache_behavior' : 'CacheBehaviors')];
}

const rule: IacRule = {
  id: 'CKV_AWS_34',
  scanner: 'iac',
  title: 'Ensure cloudfront distribution ViewerProtocolPolicy is set to HTTPS',
  severity: 'medium',
  cwe: [319],
  description:
    'A cache behavior of the distribution serves viewers over plain HTTP (`allow-all`). Set `viewer_protocol_policy` to `redirect-to-https` or `https-only`.',
  resources: { terraform: ['aws_cloudfront_distribution'], cloudformation: ['AWS::CloudFront::Distribution'] },
  evaluate(resource): IacCheckResult {
    const key = resource.framework === 'terraform' ? 'viewer_protocol_policy' : 'ViewerProtocolPolicy';
    for (const behavior of behaviors(resource)) {
      const policy = entry(behavior, key);
      if (policy && asString(policy.value) === 'allow-all') {
        return {
          status: 'failed',
          at: policy.range,
          message: 'Viewers can use plain HTTP (viewer protocol policy allow-all)',
          // A JSON string is valid in HCL, YAML and JSON.
          fix: { title: `Set ${key} to redirect-to-https`, edits: [{ range: policy.value.range, newText: '"redirect-to-https"' }] },
        };
      }
    }
    return { status: 'passed' };
  },
};

export default rule;
