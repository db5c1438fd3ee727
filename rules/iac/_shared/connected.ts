/**
 * Checks of settings that Terraform lets live inline or in a resource of their own (the AWS
 * provider v4+ S3 split: `aws_s3_bucket_versioning`, `…_server_side_encryption_configuration`,
 * `…_logging`…), decided as Checkov's graph checks decide them: the resource passes when its own
 * block passes, or when a connected resource of the given type (one that refers to it) passes;
 * a resource with neither fails. The finding is on the checked resource, as Checkov reports it.
 * Not a rule: this folder has no rule.ts, so the rule index skips it.
 */
import { entry, type ConnectedResource, type IacResource } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, type AttributeCheck } from './aws-data';

export interface InlineOrConnectedCheck {
  /** The setting inside the resource itself (Terraform path); judged only when its first block is written. */
  inline?: Omit<AttributeCheck, 'path' | 'whenAbsent'> & { path: string };
  /** The type of the resource that can carry the setting instead. */
  connectedType: string;
  /** What that resource must hold; without it, its existence is enough (`aws_s3_bucket_logging`). */
  connected?: Omit<AttributeCheck, 'path' | 'whenAbsent'> & { path: string };
  /** Message when neither the resource nor a connected one configures the setting. */
  missing: string;
}

export function inlineOrConnected(resource: IacResource, check: InlineOrConnectedCheck): IacCheckResult {
  const results: IacCheckResult[] = [];
  if (check.inline && entry(resource.body, check.inline.path.split('.')[0])) {
    results.push(checkAttribute(resource, { ...check.inline, path: { terraform: check.inline.path }, whenAbsent: 'fail' }));
  }
  const connected = resource.connected?.(check.connectedType) ?? [];
  const connectedResults = connected.map((other) => ({ other, result: judgeConnected(other, check) }));
  results.push(...connectedResults.map((item) => item.result));
  if (results.some((result) => result.status === 'passed')) return { status: 'passed' };
  if (results.some((result) => result.status === 'unknown')) return { status: 'unknown' };
  // The inline block is what the resource's reader sees first; its failure has a position and a fix.
  const inlineFailure = check.inline && results.length > connectedResults.length ? results[0] : undefined;
  if (inlineFailure?.status === 'failed') return inlineFailure;
  const failedConnected = connectedResults.find((item) => item.result.status === 'failed');
  if (failedConnected?.result.status === 'failed') {
    // On the checked resource (Checkov's resource, so results merge); the fix edits the connected one.
    return { status: 'failed', message: `${failedConnected.result.message} (in ${failedConnected.other.address})`, fix: failedConnected.result.fix };
  }
  return { status: 'failed', message: check.missing };
}

function judgeConnected(other: ConnectedResource, check: InlineOrConnectedCheck): IacCheckResult {
  if (!check.connected) return { status: 'passed' };
  const attribute: AttributeCheck = { ...check.connected, path: { terraform: check.connected.path }, whenAbsent: 'fail' };
  if (other.inFile) return checkAttribute(other.inFile, attribute);
  // In another file of the module: a verdict, and no fix (edits apply to the file being scanned).
  const readOnly: IacResource = {
    framework: 'terraform',
    type: other.type,
    address: other.address,
    range: other.body.range,
    headerRange: other.body.range,
    body: other.body,
    skips: [],
    eol: '\n',
    setAttribute: () => [],
    addSkip: () => [],
  };
  return checkAttribute(readOnly, { ...attribute, fix: undefined });
}
