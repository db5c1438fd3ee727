import { entry } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { redirectProtocol } from '../_shared/elb';
import { stringAt } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_2',
  scanner: 'iac',
  title: 'Ensure ALB protocol is HTTPS',
  severity: 'medium',
  cwe: [319],
  description:
    'The load balancer listener accepts plain HTTP and forwards it instead of redirecting to HTTPS, so requests and responses cross the network unencrypted. Use `protocol = "HTTPS"` with a certificate, or make the HTTP listener redirect to HTTPS.',
  resources: { terraform: ['aws_lb_listener'], cloudformation: ['AWS::ElasticLoadBalancingV2::Listener'] },
  evaluate(resource): IacCheckResult {
    const protocol = stringAt(resource, { terraform: 'protocol', cloudformation: 'Protocol' });
    if (protocol === 'unknown') return { status: 'unknown' };
    const value = protocol?.value.toUpperCase();
    // Encrypted, or layer 4 (an NLB passes TCP/UDP through; TLS is the application's business).
    if (value && ['HTTPS', 'TLS', 'TCP', 'UDP', 'TCP_UDP'].includes(value)) return { status: 'passed' };
    if (value === 'HTTP') {
      const redirect = redirectProtocol(resource);
      if (redirect === 'HTTPS') return { status: 'passed' };
      // A redirect that keeps the request's protocol is only known at run time (Checkov: unknown).
      if (redirect === '' || redirect === 'unknown') return { status: 'unknown' };
    }
    const key = resource.framework === 'terraform' ? 'protocol' : 'Protocol';
    return {
      status: 'failed',
      at: protocol?.entry.range ?? entry(resource.body, key)?.range,
      message: value ? `The listener serves ${value} without redirecting to HTTPS` : 'The listener sets no protocol (an ALB listener defaults to HTTP)',
    };
  },
};

export default rule;
