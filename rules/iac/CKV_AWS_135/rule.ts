import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_135',
  scanner: 'iac',
  title: 'Ensure that EC2 is EBS optimized',
  severity: 'low',
  description:
    'The instance is not EBS-optimized, so disk and network traffic share one link and EBS throughput suffers under load. Set `ebs_optimized = true`.',
  resources: { terraform: ['aws_instance'] },
  evaluate(resource): IacCheckResult {
    return checkFlag(resource, { paths: { terraform: 'ebs_optimized' }, feature: 'EBS optimization' });
  },
};

export default rule;
