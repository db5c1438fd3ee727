import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_226',
  scanner: 'iac',
  title: 'Ensure DB instance gets all minor upgrades automatically',
  severity: 'low',
  cwe: [1104],
  description:
    'Automatic minor version upgrades are turned off, so security patches of the database engine are only applied when someone remembers to. Set `auto_minor_version_upgrade = true`.',
  resources: { terraform: ['aws_db_instance', 'aws_rds_cluster_instance'] },
  evaluate(resource): IacCheckResult {
    return checkFlag(resource, {
      paths: { terraform: 'auto_minor_version_upgrade' },
      feature: 'Automatic minor version upgrade',
      // The provider defaults to true, but Checkov requires the argument to be written.
      absentMessage: 'Automatic minor version upgrade is not set explicitly (Checkov requires auto_minor_version_upgrade = true)',
    });
  },
};

export default rule;
