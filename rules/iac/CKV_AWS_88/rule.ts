import { asBoolean, entry, objectsAt, valueAt, type IacObject, type IacResource } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';

/** The objects that carry the public IP setting: the instance itself or its network interfaces. */
function interfaces(resource: IacResource): IacObject[] {
  if (resource.type === 'aws_instance') return [resource.body];
  // Checkov reads the first network_interfaces block of a launch template.
  if (resource.type === 'aws_launch_template') return objectsAt(resource.body, 'network_interfaces').slice(0, 1);
  const data = resource.type === 'AWS::EC2::LaunchTemplate' ? valueAt(resource.body, 'LaunchTemplateData') : resource.body;
  return data?.kind === 'object' ? objectsAt(data, 'NetworkInterfaces') : [];
}

const rule: IacRule = {
  id: 'CKV_AWS_88',
  scanner: 'iac',
  title: 'EC2 instance should not have public IP.',
  severity: 'medium',
  cwe: [284],
  description:
    'The instance (or every instance launched from the template) gets a public IPv4 address and is reachable from the internet as far as its security groups allow. Set `associate_public_ip_address = false` / `AssociatePublicIpAddress: false` and reach it through a load balancer, a NAT gateway or SSM.',
  resources: { terraform: ['aws_instance', 'aws_launch_template'], cloudformation: ['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate'] },
  evaluate(resource): IacCheckResult {
    const key = resource.framework === 'terraform' ? 'associate_public_ip_address' : 'AssociatePublicIpAddress';
    for (const networkInterface of interfaces(resource)) {
      const found = entry(networkInterface, key);
      if (found && asBoolean(found.value) === true) {
        return {
          status: 'failed',
          at: found.range,
          message: 'A public IP address is associated with the instance',
          fix: { title: `Set ${key} to false`, edits: [{ range: found.value.range, newText: 'false' }] },
        };
      }
    }
    // Left out, the subnet's "auto-assign public IP" setting decides, which this file cannot tell (Checkov passes).
    return { status: 'passed' };
  },
};

export default rule;
