/**
 * A framework-neutral model of infrastructure resources with the position of every value, so a
 * check can say "this attribute" and the finding lands on the line that causes it.
 * Terraform (tree-sitter HCL), CloudFormation (YAML/JSON), Kubernetes (YAML) and Dockerfile adapters build it.
 */
import type { Range, TextEdit } from '../../types';

export type IacValue = IacObject | IacList | IacScalar | IacExpression;

export interface IacObject {
  kind: 'object';
  /** In source order. A Terraform block repeated (`ingress { } ingress { }`) appears once per occurrence. */
  entries: IacEntry[];
  range: Range;
}

export interface IacList {
  kind: 'list';
  items: IacValue[];
  range: Range;
}

export interface IacScalar {
  kind: 'scalar';
  value: string | number | boolean | null;
  range: Range;
}

/** A value only known at deploy time: a reference, a function call, an interpolation, an intrinsic. */
export interface IacExpression {
  kind: 'expression';
  text: string;
  range: Range;
}

export interface IacEntry {
  key: string;
  keyRange: Range;
  value: IacValue;
  /** The whole attribute or block. */
  range: Range;
}

export interface IacSkip {
  checkId: string;
  reason?: string;
}

export type IacFramework = 'terraform' | 'cloudformation' | 'kubernetes' | 'dockerfile';

export interface IacResource {
  framework: IacFramework;
  /** `aws_s3_bucket`, `AWS::S3::Bucket`, a Kubernetes kind (`Deployment`) or `containers` / `initContainers`, `Dockerfile`; a Terraform data source is `data.<type>` (`data.aws_iam_policy_document`). */
  type: string;
  /** `aws_s3_bucket.logs`, the CloudFormation logical id, `Kind.namespace.name` (Kubernetes, containers too: Checkov's resource id) or the Dockerfile's path. */
  address: string;
  /** Kubernetes containers: which part of the resource at `address` this is (`container "app"`), for messages. */
  part?: string;
  /** The whole resource. */
  range: Range;
  /** The line that declares it (the `resource` header or the logical id key). */
  headerRange: Range;
  /**
   * Terraform: the block body. CloudFormation: `Properties` (empty when absent). Kubernetes: the
   * whole document, or the container. Dockerfile: one entry per instruction (`FROM`, `RUN`…), in order.
   */
  body: IacObject;
  skips: IacSkip[];
  /** The file's line break (`\n` or `\r\n`): what a check's fix writes when it inserts lines itself. */
  eol: string;
  /**
   * Kubernetes containers: the workload (Pod, Deployment…) they belong to. As in Checkov, a check
   * of a part is reported once per workload, on the first failing part.
   */
  parent?: IacResource;
  /**
   * Edits that set a top-level attribute of the body to a value written in the framework's syntax.
   * Kubernetes takes a dotted path (`securityContext.runAsNonRoot`) and creates the missing levels;
   * Dockerfile sets the instruction (`USER`): the last one is changed, else one is added before CMD/ENTRYPOINT.
   */
  setAttribute(key: string, valueText: string): TextEdit[];
  /** Edits that add a skip for a check, in the syntax Checkov reads for this framework. */
  addSkip(checkId: string, reason: string): TextEdit[];
  /**
   * Terraform: the resources of `type` in this file and the other `.tf` files of its module that
   * refer to this one (`bucket = aws_s3_bucket.logs.id`), the connections Checkov's graph checks
   * follow. Absent in other frameworks.
   */
  connected?(type: string): ConnectedResource[];
}

/** A resource that refers to another one, as a check of the other one sees it. */
export interface ConnectedResource {
  type: string;
  /** `aws_s3_bucket_versioning.logs`. */
  address: string;
  body: IacObject;
  /** The resource when it is in the same file, so a fix can edit it; absent for one in another file of the module. */
  inFile?: IacResource;
}

/** Whether a value mentions a resource address in a reference (`aws_s3_bucket.logs.id`, `"${aws_s3_bucket.logs.arn}/*"`). */
export function refersTo(value: IacValue, address: string): boolean {
  // A whole name: not `aws_s3_bucket.logs_archive`, not `module.x.aws_s3_bucket.logs`.
  const reference = new RegExp(`(?<![\\w.-])${address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
  const mentions = (item: IacValue): boolean => {
    if (item.kind === 'expression') return reference.test(item.text);
    if (item.kind === 'object') return item.entries.some((child) => mentions(child.value));
    if (item.kind === 'list') return item.items.some(mentions);
    return false;
  };
  return mentions(value);
}

/** The last entry for a key (Terraform and YAML both let the last one win). */
export function entry(object: IacObject | undefined, key: string): IacEntry | undefined {
  if (!object) return undefined;
  for (let i = object.entries.length - 1; i >= 0; i--) if (object.entries[i].key === key) return object.entries[i];
  return undefined;
}

/** The value at a dotted path (`versioning.enabled`), following objects only. */
export function valueAt(object: IacObject | undefined, path: string): IacValue | undefined {
  let current: IacValue | undefined = object;
  for (const key of path.split('.')) {
    if (!current) return undefined;
    if (current.kind === 'list' && current.items.length === 1) current = current.items[0];
    if (current.kind !== 'object') return undefined;
    current = entry(current, key)?.value;
  }
  return current;
}

/** Every object under a key: repeated Terraform blocks, or a list of objects in CloudFormation. */
export function objectsAt(object: IacObject | undefined, key: string): IacObject[] {
  if (!object) return [];
  const result: IacObject[] = [];
  for (const item of object.entries) {
    if (item.key !== key) continue;
    if (item.value.kind === 'object') result.push(item.value);
    if (item.value.kind === 'list') for (const value of item.value.items) if (value.kind === 'object') result.push(value);
  }
  return result;
}

/** true/false for booleans and their string spellings (CloudFormation often quotes them); else undefined. */
export function asBoolean(value: IacValue | undefined): boolean | undefined {
  if (value?.kind !== 'scalar') return undefined;
  if (typeof value.value === 'boolean') return value.value;
  if (typeof value.value === 'string') {
    const lower = value.value.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  return undefined;
}

export function asNumber(value: IacValue | undefined): number | undefined {
  if (value?.kind !== 'scalar') return undefined;
  if (typeof value.value === 'number') return value.value;
  if (typeof value.value === 'string' && /^-?\d+(\.\d+)?$/.test(value.value.trim())) return Number(value.value);
  return undefined;
}

export function asString(value: IacValue | undefined): string | undefined {
  if (value?.kind !== 'scalar' || value.value === null) return undefined;
  return String(value.value);
}

/** The scalar strings of a value that is a list (or a single scalar). Expressions are left out. */
export function asStrings(value: IacValue | undefined): string[] {
  if (!value) return [];
  if (value.kind === 'list') return value.items.flatMap((item) => (item.kind === 'scalar' && item.value !== null ? [String(item.value)] : []));
  const single = asString(value);
  return single === undefined ? [] : [single];
}
