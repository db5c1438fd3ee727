import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_293',
  scanner: 'iac',
  title: 'Ensure that AWS database instances have deletion protection enabled',
  severity: 'low',
  description:
    'The database instance can be deleted by one API call or a careless `terraform destroy`. Set `deletion_protection = true`.',
  resources: { terraform: ['aws_db_instance'] },
  evaluate(resource): IacCheckResult {
    return checkFlag(resource, { paths: { terraform: 'deletion_protection' }, feature: 'Deletion protection' });
  },
};

export default rule;
