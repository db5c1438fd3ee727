import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag, lookup } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_39',
  scanner: 'iac',
  title: 'Ensure Amazon EKS public endpoint disabled',
  severity: 'medium',
  cwe: [284],
  description:
    'The Kubernetes API server of the cluster is reachable from the internet. Set `endpoint_public_access = false` (with `endpoint_private_access = true`) and reach the API through the VPC, a VPN or a bastion.',
  resources: { terraform: ['aws_eks_cluster'], cloudformation: ['AWS::EKS::Cluster'] },
  evaluate(resource): IacCheckResult {
    // Terraform requires vpc_config; without it (a dynamic block, a module input) Checkov has no verdict.
    if (resource.framework === 'terraform' && lookup(resource, { terraform: 'vpc_config' }).kind !== 'found') return { status: 'unknown' };
    return checkFlag(resource, {
      paths: { terraform: 'vpc_config.endpoint_public_access', cloudformation: 'ResourcesVpcConfig.EndpointPublicAccess' },
      feature: 'The public API server endpoint',
      expected: false,
    });
  },
};

export default rule;
