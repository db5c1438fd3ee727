import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_313',
  scanner: 'iac',
  title: 'Ensure RDS cluster configured to copy tags to snapshots',
  severity: 'low',
  description:
    'Snapshots of the cluster do not inherit its tags, so ownership, data classification and cost tags are lost on the copies that outlive the cluster. Set `copy_tags_to_snapshot = true`.',
  resources: { terraform: ['aws_rds_cluster'] },
  evaluate(resource): IacCheckResult {
    return checkFlag(resource, { paths: { terraform: 'copy_tags_to_snapshot' }, feature: 'Copying tags to snapshots' });
  },
};

export default rule;
