import { asStrings, entry, objectsAt } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';

const rule: IacRule = {
  id: 'CKV_AWS_58',
  scanner: 'iac',
  title: 'Ensure EKS Cluster has Secrets Encryption Enabled',
  severity: 'medium',
  cwe: [311],
  description:
    'Kubernetes secrets of the cluster are stored in etcd without envelope encryption under your KMS key. Add `encryption_config { resources = ["secrets"] provider { key_arn = … } }`.',
  resources: { terraform: ['aws_eks_cluster'], cloudformation: ['AWS::EKS::Cluster'] },
  evaluate(resource): IacCheckResult {
    const terraform = resource.framework === 'terraform';
    const config = entry(resource.body, terraform ? 'encryption_config' : 'EncryptionConfig');
    if (config?.value.kind === 'expression') return { status: 'unknown' };
    // Checkov reads the first encryption configuration.
    const first = objectsAt(resource.body, terraform ? 'encryption_config' : 'EncryptionConfig')[0];
    const resources = first && entry(first, terraform ? 'resources' : 'Resources');
    if (resources?.value.kind === 'expression') return { status: 'unknown' };
    if (resources && asStrings(resources.value).includes('secrets')) return { status: 'passed' };
    return {
      status: 'failed',
      at: resources?.range,
      message: 'Kubernetes secrets are not encrypted with a KMS key (no encryption configuration for "secrets")',
    };
  },
};

export default rule;
