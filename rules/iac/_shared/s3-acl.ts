/**
 * Shared logic of the S3 bucket ACL checks (CKV_AWS_20: public read, CKV_AWS_57: public write).
 * Not a rule: this folder has no rule.ts, so the rule index skips it.
 */
import { asString, asStrings, entry, objectsAt, valueAt, type IacEntry, type IacObject, type IacResource } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult } from '../../../server/src/engine/scanners/iac/rule';

/** Grantee groups that mean "anyone" (AllUsers) or "anyone with an AWS account" (AuthenticatedUsers). */
const PUBLIC_GROUPS = new Set(['http://acs.amazonaws.com/groups/global/AllUsers', 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers']);

export const ACL_RESOURCES = {
  terraform: ['aws_s3_bucket', 'aws_s3_bucket_acl'],
  cloudformation: ['AWS::S3::Bucket'],
};

export interface AclPolicy {
  /** What the check forbids, for messages: "read", "write". */
  access: string;
  /** Canned ACLs (Terraform spelling) that grant it. */
  terraformAcls: string[];
  /** `AccessControl` values (CloudFormation spelling) that grant it. */
  cloudFormationAcls: string[];
  /** Grant permissions that give it to a public grantee group. */
  permissions: string[];
}

export function checkBucketAcl(resource: IacResource, policy: AclPolicy): IacCheckResult {
  const terraform = resource.framework === 'terraform';
  const key = terraform ? 'acl' : 'AccessControl';
  const acl = entry(resource.body, key);
  if (acl?.value.kind === 'expression') return { status: 'unknown' };
  const canned = asString(acl?.value);
  if (acl && canned !== undefined && (terraform ? policy.terraformAcls : policy.cloudFormationAcls).includes(canned)) {
    const privateAcl = terraform ? '"private"' : 'Private';
    return {
      status: 'failed',
      at: acl.range,
      message: `The bucket ACL "${canned}" grants public ${policy.access} access`,
      fix: { title: `Set ${key} to ${privateAcl.replace(/"/g, '')}`, edits: resource.setAttribute(key, privateAcl) },
    };
  }
  if (!terraform) return { status: 'passed' };

  // Explicit grants: `grant` blocks of aws_s3_bucket (provider v3), `access_control_policy.grant` of aws_s3_bucket_acl.
  const grants: { grant: IacEntry; group?: string; permissions: string[] }[] = [];
  for (const grant of entries(resource.body, 'grant')) {
    const value = grant.value as IacObject;
    grants.push({ grant, group: asString(entry(value, 'uri')?.value), permissions: asStrings(entry(value, 'permissions')?.value) });
  }
  for (const policyObject of objectsAt(resource.body, 'access_control_policy')) {
    for (const grant of entries(policyObject, 'grant')) {
      const value = grant.value as IacObject;
      const grantee = valueAt(value, 'grantee');
      const uri = grantee?.kind === 'object' ? asString(entry(grantee, 'uri')?.value) : undefined;
      grants.push({ grant, group: uri, permissions: asStrings(entry(value, 'permission')?.value) });
    }
  }
  for (const { grant, group, permissions } of grants) {
    if (group === undefined || !PUBLIC_GROUPS.has(group)) continue;
    const granted = permissions.find((permission) => policy.permissions.includes(permission));
    if (granted) {
      const who = group.endsWith('/AllUsers') ? 'everyone' : 'every AWS account';
      return { status: 'failed', at: grant.range, message: `The bucket ACL grants ${granted} to ${who}` };
    }
  }
  return { status: 'passed' };
}

/** Block entries (objects) under a key, in source order. */
function entries(object: IacObject, key: string): IacEntry[] {
  return object.entries.filter((item) => item.key === key && item.value.kind === 'object');
}
