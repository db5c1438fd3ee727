/**
 * Shared logic of the "no ingress from the whole internet to port N" checks (CKV_AWS_24: 22, CKV_AWS_25: 3389).
 * Not a rule: this folder has no rule.ts, so the rule index skips it.
 *
 * A rule is world-open to a port when it is an ingress rule, its protocol carries that port
 * (tcp/udp with a port range that covers it, or "all protocols"), and one of its sources is
 * 0.0.0.0/0 or ::/0.
 */
import { asNumber, asString, entry, type IacObject, type IacResource, type IacValue } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult } from '../../../server/src/engine/scanners/iac/rule';
import type { Range } from '../../../server/src/engine/types';

/** Attribute names of one ingress rule in a given resource shape. */
interface RuleKeys {
  protocol: string;
  fromPort: string;
  toPort: string;
  sources: string[];
}

const TERRAFORM_RULE: RuleKeys = { protocol: 'protocol', fromPort: 'from_port', toPort: 'to_port', sources: ['cidr_blocks', 'ipv6_cidr_blocks'] };
const TERRAFORM_VPC_RULE: RuleKeys = { protocol: 'ip_protocol', fromPort: 'from_port', toPort: 'to_port', sources: ['cidr_ipv4', 'cidr_ipv6'] };
const CLOUDFORMATION_RULE: RuleKeys = { protocol: 'IpProtocol', fromPort: 'FromPort', toPort: 'ToPort', sources: ['CidrIp', 'CidrIpv6'] };

export const INGRESS_RESOURCES = {
  terraform: ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule'],
  cloudformation: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
};

const WORLD = new Set(['0.0.0.0/0', '::/0', '::0/0', '0:0:0:0:0:0:0:0/0', '0000:0000:0000:0000:0000:0000:0000:0000/0']);
const ALL_PROTOCOLS = new Set(['-1', 'all']);
const PORT_PROTOCOLS = new Set(['tcp', 'udp', '6', '17']);

type Tri = 'yes' | 'no' | 'unknown';
type RuleVerdict = { open: true; at: Range; source: string } | { open: false; unknown: boolean };

/** The ingress rules of a resource: objects to inspect, plus whether some rule is only known at deploy time. */
function ingressRules(resource: IacResource): { rules: IacObject[]; keys: RuleKeys; unknown: boolean } | 'none' {
  const body = resource.body;
  switch (resource.type) {
    case 'aws_security_group':
      return { ...collectObjects(body.entries.filter((item) => item.key === 'ingress').map((item) => item.value)), keys: TERRAFORM_RULE };
    case 'aws_security_group_rule': {
      const type = entry(body, 'type');
      if (type?.value.kind === 'expression') return { rules: [], keys: TERRAFORM_RULE, unknown: true };
      return asString(type?.value) === 'ingress' ? { rules: [body], keys: TERRAFORM_RULE, unknown: false } : 'none';
    }
    case 'aws_vpc_security_group_ingress_rule':
      return { rules: [body], keys: TERRAFORM_VPC_RULE, unknown: false };
    case 'AWS::EC2::SecurityGroup': {
      const ingress = entry(body, 'SecurityGroupIngress');
      return { ...collectObjects(ingress ? [ingress.value] : []), keys: CLOUDFORMATION_RULE };
    }
    case 'AWS::EC2::SecurityGroupIngress':
      return { rules: [body], keys: CLOUDFORMATION_RULE, unknown: false };
    default:
      return 'none';
  }
}

/** Objects out of blocks and lists; anything else (a variable, `!If`, a `dynamic` block's input) is unknown. */
export function collectObjects(values: IacValue[]): { rules: IacObject[]; unknown: boolean } {
  const rules: IacObject[] = [];
  let unknown = false;
  for (const value of values) {
    if (value.kind === 'object') rules.push(value);
    else if (value.kind === 'list') {
      for (const item of value.items) {
        if (item.kind === 'object') rules.push(item);
        else if (item.kind === 'expression') unknown = true;
      }
    } else if (value.kind === 'expression') unknown = true;
  }
  return { rules, unknown };
}

/** Does the rule's protocol and port range let traffic reach `port`? */
function reachesPort(rule: IacObject, keys: RuleKeys, port: number): Tri {
  const protocolEntry = entry(rule, keys.protocol);
  if (protocolEntry?.value.kind === 'expression') return 'unknown';
  const protocol = asString(protocolEntry?.value)?.trim().toLowerCase();
  // "All traffic": AWS ignores the port range.
  if (protocol !== undefined && ALL_PROTOCOLS.has(protocol)) return 'yes';
  // ICMP carries types and codes in the port fields; other IP protocols have no ports.
  if (protocol !== undefined && !PORT_PROTOCOLS.has(protocol)) return 'no';

  const fromEntry = entry(rule, keys.fromPort);
  const toEntry = entry(rule, keys.toPort);
  if (fromEntry?.value.kind === 'expression' || toEntry?.value.kind === 'expression') return 'unknown';
  const from = asNumber(fromEntry?.value);
  const to = asNumber(toEntry?.value);
  if (from === undefined || to === undefined) return 'no';
  // Terraform writes "every port" as 0..0, and Checkov reads it so.
  if (from === 0 && to === 0) return 'yes';
  return from <= port && port <= to ? 'yes' : 'no';
}

/** The first source of the rule that is the whole internet. */
function worldSource(rule: IacObject, keys: RuleKeys): { at: Range; source: string } | 'unknown' | undefined {
  let unknown = false;
  for (const key of keys.sources) {
    const source = entry(rule, key);
    if (!source) continue;
    const values = source.value.kind === 'list' ? source.value.items : [source.value];
    for (const value of values) {
      if (value.kind === 'expression') unknown = true;
      const text = asString(value)?.trim();
      if (text !== undefined && WORLD.has(text)) return { at: source.range, source: text };
    }
  }
  return unknown ? 'unknown' : undefined;
}

function verdict(rule: IacObject, keys: RuleKeys, port: number): RuleVerdict {
  const source = worldSource(rule, keys);
  if (source === undefined) return { open: false, unknown: false };
  const reaches = reachesPort(rule, keys, port);
  if (reaches === 'no') return { open: false, unknown: false };
  if (source === 'unknown' || reaches === 'unknown') return { open: false, unknown: true };
  return { open: true, ...source };
}

/** CKV_AWS_24 / CKV_AWS_25: fails on the source attribute of the first ingress rule that opens `port` to the internet. */
export function checkWorldOpenPort(resource: IacResource, port: number, service: string): IacCheckResult {
  const found = ingressRules(resource);
  if (found === 'none') return { status: 'passed' };
  let unknown = found.unknown;
  for (const rule of found.rules) {
    const result = verdict(rule, found.keys, port);
    if (result.open) {
      return { status: 'failed', at: result.at, message: `${service} (port ${port}) is open to the whole internet (${result.source})` };
    }
    if (result.unknown) unknown = true;
  }
  return unknown ? { status: 'unknown' } : { status: 'passed' };
}
