import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_163',
  scanner: 'iac',
  title: 'Ensure ECR image scanning on push is enabled',
  severity: 'low',
  cwe: [1104],
  description:
    'Images pushed to the repository are not scanned for known vulnerabilities. Set `image_scanning_configuration { scan_on_push = true }` (Terraform) or `ImageScanningConfiguration: { ScanOnPush: true }` (CloudFormation).',
  resources: { terraform: ['aws_ecr_repository'], cloudformation: ['AWS::ECR::Repository'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'image_scanning_configuration.scan_on_push', cloudformation: 'ImageScanningConfiguration.ScanOnPush' },
      test: isTrue,
      whenAbsent: 'fail',
      wrong: 'Scan on push is disabled',
      missing: 'Images are not scanned on push (off by default)',
      fix: { terraform: 'true', cloudformation: 'true' },
    });
  },
};

export default rule;
