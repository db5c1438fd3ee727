import { entry } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { lookup, singleObject } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_100',
  scanner: 'iac',
  title: 'Ensure Amazon EKS Node group has implict SSH access from 0.0.0.0/0',
  severity: 'medium',
  cwe: [284],
  description:
    'The node group allows SSH with a key pair but names no source security groups, so EKS opens port 22 on the nodes to 0.0.0.0/0. Add `source_security_group_ids` to `remote_access`, or drop remote access and use SSM.',
  resources: { terraform: ['aws_eks_node_group'], cloudformation: ['AWS::EKS::Nodegroup'] },
  evaluate(resource): IacCheckResult {
    const terraform = resource.framework === 'terraform';
    const remote = lookup(resource, { terraform: 'remote_access', cloudformation: 'RemoteAccess' });
    if (remote.kind !== 'found') return remote.kind === 'unknown' ? { status: 'unknown' } : { status: 'passed' };
    const access = singleObject(remote.entry.value);
    if (access === 'unknown') return { status: 'unknown' };
    if (!access) return { status: 'passed' };
    const key = entry(access, terraform ? 'ec2_ssh_key' : 'Ec2SshKey');
    const sources = entry(access, terraform ? 'source_security_group_ids' : 'SourceSecurityGroups');
    if (!key || sources) return { status: 'passed' };
    return { status: 'failed', at: remote.entry.range, message: 'SSH to the nodes is open to 0.0.0.0/0 (an SSH key without source security groups)' };
  },
};

export default rule;
