import { asString, entry } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_157',
  scanner: 'iac',
  title: 'Ensure that RDS instances have Multi-AZ enabled',
  severity: 'low',
  description:
    'The database instance runs in a single availability zone, so a zone outage or a host failure takes it offline until it is restored. Set `multi_az = true` (Terraform) or `MultiAZ: true` (CloudFormation).',
  resources: { terraform: ['aws_db_instance'], cloudformation: ['AWS::RDS::DBInstance'] },
  evaluate(resource): IacCheckResult {
    // Aurora replicates storage across zones itself; Checkov passes Aurora instances in CloudFormation.
    if (resource.framework === 'cloudformation' && asString(entry(resource.body, 'Engine')?.value)?.toLowerCase().startsWith('aurora')) return { status: 'passed' };
    return checkFlag(resource, { paths: { terraform: 'multi_az', cloudformation: 'MultiAZ' }, feature: 'Multi-AZ deployment' });
  },
};

export default rule;
