/**
 * Shared logic of the load balancer checks (CKV_AWS_2, _91, _103, _131, _150, _152).
 * Not a rule: this folder has no rule.ts, so the rule index skips it.
 */
import { asBoolean, asString, entry, objectsAt, type IacEntry, type IacResource } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag, singleObject, stringAt } from './settings';

export const ELBV2_RESOURCES = { terraform: ['aws_lb', 'aws_alb'], cloudformation: ['AWS::ElasticLoadBalancingV2::LoadBalancer'] };

/** `application` (the default), `network` or `gateway`; 'unknown' for an expression. */
export function loadBalancerType(resource: IacResource): string | 'unknown' {
  const type = stringAt(resource, { terraform: 'load_balancer_type', cloudformation: 'Type' });
  if (type === 'unknown') return 'unknown';
  return type?.value.toLowerCase() ?? 'application';
}

/** The `Value` entry of a CloudFormation `LoadBalancerAttributes` item with the given `Key`. */
function cloudFormationAttribute(resource: IacResource, key: string): IacEntry | 'unknown' | undefined {
  const list = entry(resource.body, 'LoadBalancerAttributes');
  if (list && list.value.kind !== 'list') return 'unknown';
  for (const item of objectsAt(resource.body, 'LoadBalancerAttributes')) {
    const name = entry(item, 'Key');
    if (name?.value.kind === 'expression') return 'unknown';
    if (asString(name?.value) === key) return entry(item, 'Value');
  }
  return undefined;
}

/**
 * An ELBv2 boolean setting: a top-level argument in Terraform, a `LoadBalancerAttributes`
 * key in CloudFormation. Absent means false for every setting these checks read.
 */
export function checkLoadBalancerSetting(resource: IacResource, terraformKey: string, attributeKey: string, feature: string): IacCheckResult {
  if (resource.framework === 'terraform') return checkFlag(resource, { paths: { terraform: terraformKey }, feature });
  const value = cloudFormationAttribute(resource, attributeKey);
  if (value === 'unknown' || value?.value.kind === 'expression') return { status: 'unknown' };
  if (asBoolean(value?.value) === true) return { status: 'passed' };
  return {
    status: 'failed',
    at: value?.range,
    message: value ? `${feature} is disabled` : `${feature} is not enabled (the ${attributeKey} attribute is not set and defaults to false)`,
  };
}

/** The protocol of a listener's first default action redirect: 'HTTPS', another value, 'unknown', or undefined (no redirect). */
export function redirectProtocol(resource: IacResource): string | undefined {
  const terraform = resource.framework === 'terraform';
  const actions = entry(resource.body, terraform ? 'default_action' : 'DefaultActions');
  if (!actions) return undefined;
  if (actions.value.kind === 'expression') return 'unknown';
  const first = singleObject(actions.value);
  if (first === 'unknown') return 'unknown';
  if (!first) return undefined;
  const redirect = entry(first, terraform ? 'redirect' : 'RedirectConfig');
  if (!redirect) return undefined;
  const config = singleObject(redirect.value);
  if (config === 'unknown') return 'unknown';
  if (!config) return undefined;
  const protocol = entry(config, terraform ? 'protocol' : 'Protocol');
  if (!protocol) return '';
  if (protocol.value.kind === 'expression') return 'unknown';
  return asString(protocol.value)?.toUpperCase() ?? '';
}
