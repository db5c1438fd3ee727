import { asString, entry, type IacEntry, type IacObject, type IacValue } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';

type Described = 'yes' | 'no' | 'unknown';

/** A description is there when it is a non-blank string, or a value decided at deploy time (which Checkov accepts). */
function described(object: IacObject, key: string): Described {
  const value = entry(object, key)?.value;
  if (!value) return 'no';
  if (value.kind === 'expression') return 'yes';
  return asString(value)?.trim() ? 'yes' : 'no';
}

/** Inline rules: repeated Terraform blocks, or the items of a list. Non-objects are only known at deploy time. */
function inlineRules(entries: IacEntry[]): { rules: { at: IacEntry | IacValue; rule: IacObject }[]; unknown: boolean } {
  const rules: { at: IacEntry | IacValue; rule: IacObject }[] = [];
  let unknown = false;
  for (const item of entries) {
    if (item.value.kind === 'object') rules.push({ at: item, rule: item.value });
    else if (item.value.kind === 'list') {
      for (const value of item.value.items) {
        if (value.kind === 'object') rules.push({ at: value, rule: value });
        else if (value.kind === 'expression') unknown = true;
      }
    } else if (item.value.kind === 'expression') unknown = true;
  }
  return { rules, unknown };
}

function checkRules(body: IacObject, keys: string[], descriptionKey: string): IacCheckResult {
  const { rules, unknown } = inlineRules(body.entries.filter((item) => keys.includes(item.key)));
  for (const { at, rule } of rules) {
    if (described(rule, descriptionKey) === 'no') {
      return { status: 'failed', at: at.range, message: 'This security group rule has no description' };
    }
  }
  return unknown ? { status: 'unknown' } : { status: 'passed' };
}

const TERRAFORM_GROUPS = ['aws_security_group', 'aws_db_security_group', 'aws_elasticache_security_group', 'aws_redshift_security_group'];
const TERRAFORM_RULES = ['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'];

const rule: IacRule = {
  id: 'CKV_AWS_23',
  scanner: 'iac',
  title: 'Ensure every security groups rule has a description',
  severity: 'low',
  description:
    'A security group rule without a description leaves reviewers guessing why the port is open and who needs it, so stale rules are never removed. Give every rule (and, in CloudFormation, every group) a short description of its purpose.',
  resources: {
    terraform: [...TERRAFORM_GROUPS, ...TERRAFORM_RULES],
    cloudformation: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress'],
  },
  evaluate(resource): IacCheckResult {
    const body = resource.body;
    if (resource.framework === 'terraform') {
      // As in Checkov, a described group passes as a whole; otherwise each inline rule needs its own description.
      if (described(body, 'description') === 'yes') return { status: 'passed' };
      if (TERRAFORM_GROUPS.includes(resource.type)) return checkRules(body, ['ingress', 'egress'], 'description');
      const blank = entry(body, 'description');
      return { status: 'failed', at: blank?.range, message: 'This security group rule has no description' };
    }
    if (resource.type === 'AWS::EC2::SecurityGroup') {
      if (described(body, 'GroupDescription') === 'no') {
        return { status: 'failed', at: entry(body, 'GroupDescription')?.range, message: 'The security group has no GroupDescription' };
      }
      return checkRules(body, ['SecurityGroupIngress', 'SecurityGroupEgress'], 'Description');
    }
    if (described(body, 'Description') === 'yes') return { status: 'passed' };
    return { status: 'failed', at: entry(body, 'Description')?.range, message: 'This security group rule has no description' };
  },
};

export default rule;
