/**
 * Shared logic of the security group "all ports open to the internet" checks (CKV_AWS_277 ingress,
 * CKV_AWS_382 egress) and the network ACL checks (CKV_AWS_229–232, CKV_AWS_352).
 * Not a rule: this folder has no rule.ts, so the rule index skips it.
 * (Single-port security group checks use ingress.ts.)
 */
import { asBoolean, asNumber, asString, entry, type IacObject, type IacResource } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult } from '../../../server/src/engine/scanners/iac/rule';
import type { Range } from '../../../server/src/engine/types';
import { collectObjects } from './ingress';

export type Direction = 'ingress' | 'egress';

const WORLD = new Set(['0.0.0.0/0', '::/0', '::0/0', '0:0:0:0:0:0:0:0/0']);
const ALL_PROTOCOLS = new Set(['-1', 'all']);

interface RuleKeys {
  protocol: string;
  targets: string[];
}

const TERRAFORM_RULE: RuleKeys = { protocol: 'protocol', targets: ['cidr_blocks', 'ipv6_cidr_blocks'] };
const TERRAFORM_VPC_RULE: RuleKeys = { protocol: 'ip_protocol', targets: ['cidr_ipv4', 'cidr_ipv6'] };

/** Terraform only: Checkov has no CloudFormation version of the all-traffic checks. */
export function securityGroupResources(direction: Direction) {
  return { terraform: ['aws_security_group', 'aws_security_group_rule', `aws_vpc_security_group_${direction}_rule`] };
}

/** The rules of one direction in a security group resource, plus whether some are only known at deploy time. */
function groupRules(resource: IacResource, direction: Direction): { rules: IacObject[]; keys: RuleKeys; unknown: boolean } {
  const body = resource.body;
  const none = { rules: [], keys: TERRAFORM_RULE, unknown: false };
  switch (resource.type) {
    case 'aws_security_group':
      return { ...collectObjects(body.entries.filter((item) => item.key === direction).map((item) => item.value)), keys: TERRAFORM_RULE };
    case 'aws_security_group_rule': {
      const type = entry(body, 'type');
      if (type?.value.kind === 'expression') return { ...none, unknown: true };
      return asString(type?.value) === direction ? { rules: [body], keys: TERRAFORM_RULE, unknown: false } : none;
    }
    case `aws_vpc_security_group_${direction}_rule`:
      return { rules: [body], keys: TERRAFORM_VPC_RULE, unknown: false };
    default:
      return none;
  }
}


/** The first target of the rule that is the whole internet, 'unknown' if one is an expression. */
function worldTarget(rule: IacObject, keys: string[]): { at: Range; cidr: string } | 'unknown' | undefined {
  let unknown = false;
  for (const key of keys) {
    const found = entry(rule, key);
    if (!found) continue;
    for (const value of found.value.kind === 'list' ? found.value.items : [found.value]) {
      if (value.kind === 'expression') unknown = true;
      const text = asString(value)?.trim();
      if (text !== undefined && WORLD.has(text)) return { at: found.range, cidr: text };
    }
  }
  return unknown ? 'unknown' : undefined;
}

/**
 * "All traffic": protocol -1 (or "all"), whose port fields AWS ignores. As in Checkov, a TCP or UDP
 * range over every port does not count here (the single-port checks catch it for their ports).
 */
function allTraffic(rule: IacObject, keys: RuleKeys): boolean | 'unknown' {
  const protocolEntry = entry(rule, keys.protocol);
  if (protocolEntry?.value.kind === 'expression') return 'unknown';
  const protocol = asString(protocolEntry?.value)?.trim().toLowerCase();
  return protocol !== undefined && ALL_PROTOCOLS.has(protocol);
}

/** Checkov does not count a rule that (also) names prefix lists. */
function hasPrefixLists(rule: IacObject): boolean {
  const lists = entry(rule, 'prefix_list_ids');
  return lists !== undefined && !(lists.value.kind === 'list' && lists.value.items.length === 0);
}

/** CKV_AWS_277 / CKV_AWS_382: fails on the target attribute of the first all-traffic rule to or from the internet. */
export function checkAllPortsOpen(resource: IacResource, direction: Direction): IacCheckResult {
  const { rules, keys, unknown: someUnknown } = groupRules(resource, direction);
  let unknown = someUnknown;
  for (const rule of rules) {
    const target = worldTarget(rule, keys.targets);
    if (target === undefined) continue;
    if (hasPrefixLists(rule)) continue;
    const all = allTraffic(rule, keys);
    if (all === false) continue;
    if (target === 'unknown' || all === 'unknown') {
      unknown = true;
      continue;
    }
    const where = direction === 'ingress' ? 'from' : 'to';
    return { status: 'failed', at: target.at, message: `The security group allows all ${direction} traffic ${where} the whole internet (${target.cidr})` };
  }
  return unknown ? { status: 'unknown' } : { status: 'passed' };
}

export const NACL_RESOURCES = { terraform: ['aws_network_acl', 'aws_network_acl_rule'] };

type NaclVerdict = { kind: 'allows'; at: Range; cidr: string } | { kind: 'denies' } | { kind: 'other' } | { kind: 'unknown' };

function naclInteger(rule: IacObject, key: string): number | undefined {
  return asNumber(entry(rule, key)?.value);
}

/**
 * One NACL rule, read as Checkov reads it: it concerns `port` when its protocol is "-1" (all) or
 * its from_port..to_port range covers the port; a from_port of 0 does not count as a range
 * (Checkov tests the ports for truthiness), so `0..65535` only matches through protocol "-1".
 */
function naclRule(rule: IacObject, port: number, actionKey: string): NaclVerdict {
  const keys = ['cidr_block', 'ipv6_cidr_block', actionKey, 'protocol', 'from_port', 'to_port'];
  if (keys.some((key) => entry(rule, key)?.value.kind === 'expression')) return { kind: 'unknown' };
  const cidrs: { at: Range; cidr: string }[] = [];
  for (const key of ['cidr_block', 'ipv6_cidr_block']) {
    const found = entry(rule, key);
    const cidr = asString(found?.value)?.trim();
    if (found && cidr !== undefined && WORLD.has(cidr)) cidrs.push({ at: found.range, cidr });
  }
  if (cidrs.length === 0) return { kind: 'other' };
  const protocol = asString(entry(rule, 'protocol')?.value)?.trim().toLowerCase();
  const from = naclInteger(rule, 'from_port');
  const to = naclInteger(rule, 'to_port');
  const concerns = (protocol !== undefined && ALL_PROTOCOLS.has(protocol)) || (!!from && !!to && from <= port && port <= to);
  if (!concerns) return { kind: 'other' };
  const action = asString(entry(rule, actionKey)?.value)?.trim().toLowerCase();
  if (action === 'allow') return { kind: 'allows', ...cidrs[0] };
  if (action === 'deny') return { kind: 'denies' };
  return { kind: 'other' };
}

/** CKV_AWS_229–232: no NACL ingress rule lets the internet reach `port` before a rule denies it. */
export function checkNaclPort(resource: IacResource, port: number, service: string): IacCheckResult {
  const fail = (at: Range, cidr: string): IacCheckResult => ({ status: 'failed', at, message: `The network ACL allows ${service} (port ${port}) from the whole internet (${cidr})` });
  if (resource.type === 'aws_network_acl_rule') {
    const egress = entry(resource.body, 'egress');
    if (egress?.value.kind === 'expression') return { status: 'unknown' };
    if (asBoolean(egress?.value) === true) return { status: 'passed' };
    const verdict = naclRule(resource.body, port, 'rule_action');
    if (verdict.kind === 'unknown') return { status: 'unknown' };
    return verdict.kind === 'allows' ? fail(verdict.at, verdict.cidr) : { status: 'passed' };
  }
  // aws_network_acl: inline ingress rules are evaluated in rule number order; the first match wins.
  const rules: { rule: IacObject; number: number }[] = [];
  for (const item of resource.body.entries) {
    if (item.key !== 'ingress') continue;
    if (item.value.kind !== 'object') return { status: 'unknown' };
    rules.push({ rule: item.value, number: naclInteger(item.value, 'rule_no') ?? Number.MAX_SAFE_INTEGER });
  }
  rules.sort((a, b) => a.number - b.number);
  for (const { rule } of rules) {
    const verdict = naclRule(rule, port, 'action');
    if (verdict.kind === 'unknown') return { status: 'unknown' };
    if (verdict.kind === 'allows') return fail(verdict.at, verdict.cidr);
    if (verdict.kind === 'denies') return { status: 'passed' };
  }
  return { status: 'passed' };
}
