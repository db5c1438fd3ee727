import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_126',
  scanner: 'iac',
  title: 'Ensure that detailed monitoring is enabled for EC2 instances',
  severity: 'low',
  cwe: [778],
  description:
    'The instance reports CloudWatch metrics only every five minutes, too coarse to alarm on or investigate short spikes. Set `monitoring = true`.',
  resources: { terraform: ['aws_instance'] },
  evaluate(resource): IacCheckResult {
    return checkFlag(resource, { paths: { terraform: 'monitoring' }, feature: 'Detailed monitoring' });
  },
};

export default rule;
