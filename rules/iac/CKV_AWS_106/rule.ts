import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_106',
  scanner: 'iac',
  title: 'Ensure EBS default encryption is enabled',
  severity: 'medium',
  cwe: [311],
  description:
    'The resource turns off default EBS encryption for the account and region, so new volumes and snapshot copies are created unencrypted unless each one asks for encryption. Set `enabled = true` or leave it out.',
  resources: { terraform: ['aws_ebs_encryption_by_default'] },
  evaluate(resource): IacCheckResult {
    // The resource exists to turn the setting on: `enabled` defaults to true.
    return checkFlag(resource, { paths: { terraform: 'enabled' }, feature: 'EBS encryption by default', defaults: { terraform: true } });
  },
};

export default rule;
