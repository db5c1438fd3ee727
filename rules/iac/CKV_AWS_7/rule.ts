import { asString, entry, type IacResource } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { requireEnabled } from '../_shared/flags';

/** Automatic rotation exists only for symmetric encryption keys. */
function isSymmetric(resource: IacResource, specKey: string): boolean {
  const spec = asString(entry(resource.body, specKey)?.value);
  return spec === undefined || spec === 'SYMMETRIC_DEFAULT';
}

const rule: IacRule = {
  id: 'CKV_AWS_7',
  scanner: 'iac',
  title: 'Ensure rotation for customer created CMKs is enabled',
  severity: 'medium',
  cwe: [320],
  description:
    'A KMS key without automatic rotation keeps the same key material forever, so a leaked key stays useful. Set `enable_key_rotation = true` (Terraform) or `EnableKeyRotation: true` (CloudFormation).',
  resources: { terraform: ['aws_kms_key'], cloudformation: ['AWS::KMS::Key'] },
  evaluate(resource): IacCheckResult {
    const terraform = resource.framework === 'terraform';
    const key = terraform ? 'enable_key_rotation' : 'EnableKeyRotation';
    if (!isSymmetric(resource, terraform ? 'customer_master_key_spec' : 'KeySpec')) return { status: 'passed' };
    return requireEnabled(resource, key, 'Key rotation');
  },
};

export default rule;
