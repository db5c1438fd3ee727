import { asBoolean, entry } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkPresent } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_354',
  scanner: 'iac',
  title: 'Ensure RDS Performance Insights are encrypted using KMS CMKs',
  severity: 'low',
  cwe: [311],
  description:
    'Performance Insights is on but its data (which includes SQL text) is encrypted with the AWS managed key instead of a customer managed KMS key. Set `performance_insights_kms_key_id`.',
  resources: { terraform: ['aws_rds_cluster_instance', 'aws_db_instance'] },
  evaluate(resource): IacCheckResult {
    const enabled = entry(resource.body, 'performance_insights_enabled');
    // Only collected data needs a key; a variable that turns it on is decided at plan time.
    if (!enabled || asBoolean(enabled.value) === false || enabled.value.kind === 'expression') return { status: 'passed' };
    return checkPresent(resource, { terraform: 'performance_insights_kms_key_id' }, 'Performance Insights data is encrypted with the AWS managed key (performance_insights_kms_key_id is not set)');
  },
};

export default rule;
