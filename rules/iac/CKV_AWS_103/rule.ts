import { lookup, fixValue, stringAt } from '../_shared/settings';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { redirectProtocol } from '../_shared/elb';

/** Policies that negotiate TLS 1.2 or later only. */
const TLS12_POLICIES = ['ELBSecurityPolicy-FS-1-2', 'ELBSecurityPolicy-TLS-1-2', 'ELBSecurityPolicy-TLS13-1-2', 'ELBSecurityPolicy-TLS13-1-3'];
const RECOMMENDED = 'ELBSecurityPolicy-TLS13-1-2-2021-06';

const rule: IacRule = {
  id: 'CKV_AWS_103',
  scanner: 'iac',
  title: 'Ensure that load balancer is using at least TLS 1.2',
  severity: 'medium',
  cwe: [326],
  description:
    'The HTTPS/TLS listener uses a security policy that still accepts TLS 1.0 or 1.1 (or the old default policy). Set `ssl_policy` to a TLS 1.2+ policy such as `ELBSecurityPolicy-TLS13-1-2-2021-06`.',
  resources: { terraform: ['aws_lb_listener'], cloudformation: ['AWS::ElasticLoadBalancingV2::Listener'] },
  evaluate(resource): IacCheckResult {
    const terraform = resource.framework === 'terraform';
    const paths = { terraform: 'ssl_policy', cloudformation: 'SslPolicy' };
    const protocol = stringAt(resource, { terraform: 'protocol', cloudformation: 'Protocol' });
    if (protocol === 'unknown') return { status: 'unknown' };
    const value = protocol?.value.toUpperCase();
    if (value === 'HTTPS' || value === 'TLS') {
      const policy = stringAt(resource, paths);
      if (policy === 'unknown') return { status: 'unknown' };
      if (policy && TLS12_POLICIES.some((prefix) => policy.value.startsWith(prefix))) return { status: 'passed' };
      const key = terraform ? 'ssl_policy' : 'SslPolicy';
      // A JSON string is valid in HCL, YAML and JSON templates.
      const text = `"${RECOMMENDED}"`;
      return {
        status: 'failed',
        at: policy?.entry.range,
        message: policy ? `The listener's security policy ${policy.value} accepts TLS versions before 1.2` : `No security policy is set, so the listener uses the default policy, which accepts TLS 1.0 and 1.1`,
        fix: fixValue(resource, lookup(resource, paths), key, text, `Set ${key} to ${RECOMMENDED}`),
      };
    }
    if (value === 'TCP' || value === 'UDP' || value === 'TCP_UDP') return { status: 'passed' };
    if (redirectProtocol(resource) === 'HTTPS') return { status: 'passed' };
    return { status: 'failed', at: protocol?.entry.range, message: 'The listener does not use TLS at all' };
  },
};

export default rule;
