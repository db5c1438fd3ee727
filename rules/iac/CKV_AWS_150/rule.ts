import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_150',
  scanner: 'iac',
  title: 'Ensure that Load Balancer has deletion protection enabled',
  severity: 'low',
  description:
    'The load balancer can be deleted by one API call or a careless `terraform destroy`, taking the service offline and releasing its DNS name. Set `enable_deletion_protection = true`.',
  resources: { terraform: ['aws_lb', 'aws_alb'] },
  evaluate(resource): IacCheckResult {
    return checkFlag(resource, { paths: { terraform: 'enable_deletion_protection' }, feature: 'Deletion protection' });
  },
};

export default rule;
