import { asBoolean, asString, entry, type IacEntry, type IacObject, type IacValue } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import type { TextEdit } from '../../../server/src/engine/types';

type Verdict = { status: 'encrypted' } | { status: 'unknown' } | { status: 'plain'; encrypted?: IacEntry };

/** One block device: encrypted when `encrypted` is true, or (Terraform) when it is restored from a snapshot. */
function device(object: IacObject, encryptedKey: string, snapshotKey?: string): Verdict {
  const encrypted = entry(object, encryptedKey);
  const value = asBoolean(encrypted?.value);
  if (value === true) return { status: 'encrypted' };
  if (encrypted?.value.kind === 'expression') return { status: 'unknown' };
  if (snapshotKey) {
    const snapshot = entry(object, snapshotKey);
    // The volume inherits the snapshot's encryption, which the template cannot tell.
    if (snapshot?.value.kind === 'expression' || asString(snapshot?.value)) return { status: 'encrypted' };
  }
  return { status: 'plain', encrypted };
}

/** `encrypted = false` (or "false", null) becomes `true` in place; `true` is the same in HCL, YAML and JSON. */
function turnOn(encrypted: IacEntry | undefined): TextEdit[] {
  return encrypted ? [{ range: encrypted.value.range, newText: 'true' }] : [];
}

function failed(at: IacEntry, encrypted: IacEntry | undefined, what: string, key: string): IacCheckResult {
  return {
    status: 'failed',
    at: (encrypted ?? at).range,
    message: encrypted ? `The ${what} is not encrypted` : `The ${what} is not encrypted (${key} is not set and defaults to false)`,
    fix: encrypted ? { title: `Set ${key} to true`, edits: turnOn(encrypted) } : undefined,
  };
}

/** Block entries whose value is an object, or the objects of a list written as an attribute. */
function devices(entries: IacEntry[]): { at: IacEntry; object: IacObject }[] {
  const result: { at: IacEntry; object: IacObject }[] = [];
  for (const item of entries) {
    if (item.value.kind === 'object') result.push({ at: item, object: item.value });
    if (item.value.kind === 'list') for (const value of item.value.items) if (value.kind === 'object') result.push({ at: item, object: value });
  }
  return result;
}

function terraform(body: IacObject): IacCheckResult {
  let unknown = false;
  // Ephemeral (instance store) devices cannot be encrypted by this setting and are left out, as in Checkov.
  for (const key of ['root_block_device', 'ebs_block_device']) {
    for (const { at, object } of devices(body.entries.filter((item) => item.key === key))) {
      const verdict = device(object, 'encrypted', 'snapshot_id');
      if (verdict.status === 'unknown') unknown = true;
      if (verdict.status === 'plain') return failed(at, verdict.encrypted, key === 'root_block_device' ? 'root volume' : 'EBS volume', 'encrypted');
    }
  }
  // Without a root_block_device block the root volume is created unencrypted (unless the account encrypts by default).
  if (!entry(body, 'root_block_device')) {
    return { status: 'failed', message: 'The root volume is not encrypted (no root_block_device block with encrypted = true)' };
  }
  return unknown ? { status: 'unknown' } : { status: 'passed' };
}

function cloudFormation(body: IacObject): IacCheckResult {
  const mappings = entry(body, 'BlockDeviceMappings');
  // No mappings: the AMI's own block devices are used, which the template cannot tell (Checkov: unknown).
  if (!mappings || mappings.value.kind !== 'list') return mappings?.value.kind === 'expression' ? { status: 'unknown' } : { status: 'passed' };
  let unknown = false;
  for (const item of mappings.value.items as IacValue[]) {
    if (item.kind !== 'object') {
      unknown = true;
      continue;
    }
    const ebs = entry(item, 'Ebs');
    if (!ebs) continue;
    if (ebs.value.kind !== 'object') {
      unknown = true;
      continue;
    }
    const verdict = device(ebs.value, 'Encrypted');
    if (verdict.status === 'unknown') unknown = true;
    if (verdict.status === 'plain') return failed(ebs, verdict.encrypted, 'EBS volume', 'Encrypted');
  }
  return unknown ? { status: 'unknown' } : { status: 'passed' };
}

const rule: IacRule = {
  id: 'CKV_AWS_8',
  scanner: 'iac',
  title: 'Ensure all data stored in the Launch configuration EBS is securely encrypted',
  severity: 'medium',
  cwe: [311],
  description:
    'An EBS volume of the instance or launch configuration (including the root volume) is created unencrypted. Set `encrypted = true` in every `root_block_device` and `ebs_block_device` block (Terraform) or `Encrypted: true` under each `BlockDeviceMappings[].Ebs` (CloudFormation).',
  resources: {
    terraform: ['aws_instance', 'aws_launch_configuration'],
    cloudformation: ['AWS::AutoScaling::LaunchConfiguration'],
  },
  evaluate(resource): IacCheckResult {
    return resource.framework === 'terraform' ? terraform(resource.body) : cloudFormation(resource.body);
  },
};

export default rule;
