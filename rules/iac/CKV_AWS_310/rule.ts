import { objectsAt } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';

const rule: IacRule = {
  id: 'CKV_AWS_310',
  scanner: 'iac',
  title: 'Ensure CloudFront distributions should have origin failover configured',
  severity: 'low',
  description:
    'The distribution has no origin group with failover, so when its origin fails viewers get errors instead of content from a secondary origin. Add an `origin_group` with `failover_criteria` and two members.',
  resources: { terraform: ['aws_cloudfront_distribution'] },
  evaluate(resource): IacCheckResult {
    const groups = resource.body.entries.filter((item) => item.key === 'origin_group');
    if (groups.length === 0) return { status: 'failed', message: 'No origin group with failover is configured' };
    for (const group of groups) {
      if (group.value.kind !== 'object') return { status: 'unknown' };
      const criteria = objectsAt(group.value, 'failover_criteria');
      const members = objectsAt(group.value, 'member');
      if (criteria.length === 0 || members.length < 2) {
        return { status: 'failed', at: group.range, message: 'The origin group needs failover criteria and two members' };
      }
    }
    return { status: 'passed' };
  },
};

export default rule;
