import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_130',
  scanner: 'iac',
  title: 'Ensure VPC subnets do not assign public IP by default',
  severity: 'medium',
  cwe: [284],
  description:
    'Every instance launched into the subnet gets a public IPv4 address unless it asks otherwise, so it is reachable from the internet as far as its security groups allow. Set `map_public_ip_on_launch = false` and give public addresses only where needed.',
  resources: { terraform: ['aws_subnet'] },
  evaluate(resource): IacCheckResult {
    return checkFlag(resource, { paths: { terraform: 'map_public_ip_on_launch' }, feature: 'Assigning public IPs on launch', expected: false, defaults: { terraform: false } });
  },
};

export default rule;
