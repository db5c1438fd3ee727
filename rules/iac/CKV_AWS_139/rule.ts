import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_139',
  scanner: 'iac',
  title: 'Ensure that RDS clusters have deletion protection enabled',
  severity: 'low',
  description:
    'The RDS/Aurora cluster can be deleted by one API call or a careless `terraform destroy`. Set `deletion_protection = true`.',
  resources: { terraform: ['aws_rds_cluster'] },
  evaluate(resource): IacCheckResult {
    return checkFlag(resource, { paths: { terraform: 'deletion_protection' }, feature: 'Deletion protection' });
  },
};

export default rule;
