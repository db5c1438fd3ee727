import { asBoolean, asStrings, entry, type IacEntry } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { lookup, singleObject } from '../_shared/settings';

/** Fails on the CIDR list when it is written, on the resource header when the default (0.0.0.0/0) applies. */
function open(at: IacEntry | undefined): IacCheckResult {
  return {
    status: 'failed',
    at: at?.range,
    message: at ? 'The public API endpoint is open to 0.0.0.0/0' : 'The public API endpoint is open to 0.0.0.0/0 (public access CIDRs are not set and default to 0.0.0.0/0)',
  };
}

const rule: IacRule = {
  id: 'CKV_AWS_38',
  scanner: 'iac',
  title: 'Ensure Amazon EKS public endpoint not accessible to 0.0.0.0/0',
  severity: 'medium',
  cwe: [284],
  description:
    'The public Kubernetes API endpoint of the cluster accepts connections from any address. Turn the public endpoint off, or limit `public_access_cidrs` to the address ranges that need it.',
  resources: { terraform: ['aws_eks_cluster'], cloudformation: ['AWS::EKS::Cluster'] },
  evaluate(resource): IacCheckResult {
    const terraform = resource.framework === 'terraform';
    const vpcConfig = lookup(resource, { terraform: 'vpc_config', cloudformation: 'ResourcesVpcConfig' });
    if (vpcConfig.kind === 'unknown') return { status: 'unknown' };
    if (vpcConfig.kind === 'missing') return terraform ? { status: 'unknown' } : open(undefined);
    const config = singleObject(vpcConfig.entry.value);
    if (config === 'unknown') return { status: 'unknown' };
    if (!config) return open(undefined);
    const publicAccess = entry(config, terraform ? 'endpoint_public_access' : 'EndpointPublicAccess');
    if (publicAccess?.value.kind === 'expression') return { status: 'unknown' };
    if (asBoolean(publicAccess?.value) === false) return { status: 'passed' };
    const cidrs = entry(config, terraform ? 'public_access_cidrs' : 'PublicAccessCidrs');
    if (!cidrs) return open(undefined);
    if (cidrs.value.kind === 'expression' || (cidrs.value.kind === 'list' && cidrs.value.items.some((item) => item.kind === 'expression'))) return { status: 'unknown' };
    const values = asStrings(cidrs.value);
    if (values.length === 0) return terraform ? open(cidrs) : open(undefined);
    return values.includes('0.0.0.0/0') ? open(cidrs) : { status: 'passed' };
  },
};

export default rule;
