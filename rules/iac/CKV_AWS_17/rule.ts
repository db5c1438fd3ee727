import { asBoolean, entry } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';

const rule: IacRule = {
  id: 'CKV_AWS_17',
  scanner: 'iac',
  title: 'Ensure all data stored in RDS is not publicly accessible',
  severity: 'high',
  cwe: [284],
  description:
    'The database instance gets a public DNS name and address, so anyone the security group lets in can reach it from the internet. Set `publicly_accessible = false` (Terraform) or `PubliclyAccessible: false` (CloudFormation) and connect through the VPC.',
  resources: {
    terraform: ['aws_db_instance', 'aws_rds_cluster_instance'],
    cloudformation: ['AWS::RDS::DBInstance'],
  },
  evaluate(resource): IacCheckResult {
    const key = resource.framework === 'terraform' ? 'publicly_accessible' : 'PubliclyAccessible';
    const setting = entry(resource.body, key);
    // Absent passes: Terraform defaults to false, and Checkov passes CloudFormation's VPC-dependent default too.
    if (!setting) return { status: 'passed' };
    const accessible = asBoolean(setting.value);
    if (accessible === undefined) return setting.value.kind === 'scalar' && setting.value.value === null ? { status: 'passed' } : { status: 'unknown' };
    if (!accessible) return { status: 'passed' };
    return {
      status: 'failed',
      at: setting.range,
      message: 'The database instance is publicly accessible',
      fix: { title: `Set ${key} to false`, edits: resource.setAttribute(key, 'false') },
    };
  },
};

export default rule;
