import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV2_AWS_60',
  scanner: 'iac',
  title: 'Ensure RDS instance with copy tags to snapshots is enabled',
  severity: 'low',
  description:
    'Snapshots of the database instance do not inherit its tags, so ownership, data classification and cost tags are lost on the copies that outlive the instance. Set `copy_tags_to_snapshot = true`.',
  resources: { terraform: ['aws_db_instance'] },
  evaluate(resource): IacCheckResult {
    return checkFlag(resource, { paths: { terraform: 'copy_tags_to_snapshot' }, feature: 'Copying tags to snapshots' });
  },
};

export default rule;
