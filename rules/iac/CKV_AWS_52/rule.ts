import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_52',
  scanner: 'iac',
  title: 'Ensure S3 bucket has MFA delete enabled',
  severity: 'low',
  cwe: [308],
  description:
    'Without MFA delete, anyone with the right IAM permissions (or stolen credentials) can permanently delete object versions or suspend versioning. Set `versioning { mfa_delete = true }`; it can only be enabled by the root user with an MFA device.',
  resources: { terraform: ['aws_s3_bucket'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'versioning.mfa_delete' },
      test: isTrue,
      whenAbsent: 'fail',
      wrong: 'MFA delete is disabled',
      missing: 'MFA delete is not enabled (versioning.mfa_delete is not set)',
    });
  },
};

export default rule;
