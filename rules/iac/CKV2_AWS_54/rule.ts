import { asStrings, entry, objectsAt } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';

const rule: IacRule = {
  id: 'CKV2_AWS_54',
  scanner: 'iac',
  title: 'Ensure AWS CloudFront distribution is using secure SSL protocols for HTTPS communication',
  severity: 'medium',
  cwe: [326],
  description:
    'The distribution may talk to a custom origin over SSLv3, which is broken (POODLE). Remove `SSLv3` from `origin_ssl_protocols` and allow only `TLSv1.2`.',
  resources: { terraform: ['aws_cloudfront_distribution'] },
  evaluate(resource): IacCheckResult {
    for (const origin of objectsAt(resource.body, 'origin')) {
      for (const config of objectsAt(origin, 'custom_origin_config')) {
        const protocols = entry(config, 'origin_ssl_protocols');
        if (protocols && asStrings(protocols.value).includes('SSLv3')) {
          return {
            status: 'failed',
            at: protocols.range,
            message: 'CloudFront may connect to the origin with SSLv3',
            fix: { title: 'Allow only TLSv1.2 to the origin', edits: [{ range: protocols.value.range, newText: '["TLSv1.2"]' }] },
          };
        }
      }
    }
    return { status: 'passed' };
  },
};

export default rule;
