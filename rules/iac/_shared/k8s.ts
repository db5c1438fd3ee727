/**
 * Shared logic of the Kubernetes checks (CKV_K8S_*): where a workload keeps its pod spec, reading
 * dotted paths with positions, and the recurring shapes "a setting must be X, and leaving it out
 * counts as insecure" / "a setting must not be X, and leaving it out is fine".
 * A container check is evaluated per container but reported, as current Checkov reports it, once
 * per workload (`Kind.namespace.name`) on its first failing container, with one fix for all of them.
 * Not a rule: this folder has no rule.ts, so the rule index skips it.
 */
import { asBoolean, type IacEntry, type IacObject, type IacResource, type IacValue } from '../../../server/src/engine/scanners/iac/model';
import { POD_SPEC_PATHS } from '../../../server/src/engine/scanners/iac/kubernetes';
import type { IacCheckResult } from '../../../server/src/engine/scanners/iac/rule';

/** The container entities Checkov's container checks run on. */
export const CONTAINERS = { kubernetes: ['containers', 'initContainers'] };
/** Checkov's liveness/readiness checks skip init containers, which run to completion. */
export const APP_CONTAINERS = { kubernetes: ['containers'] };
/** The workload kinds Checkov's pod-level checks (hostPID, runAsNonRoot…) read. */
export const POD_WORKLOADS = { kubernetes: ['Pod', 'Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'] };

/** The entry at a dotted path (`securityContext.runAsNonRoot`), following objects only. */
export function entryAt(object: IacObject | undefined, path: string): IacEntry | undefined {
  let current: IacObject | undefined = object;
  let found: IacEntry | undefined;
  for (const key of path.split('.')) {
    if (!current) return undefined;
    found = undefined;
    for (let i = current.entries.length - 1; i >= 0; i--) {
      if (current.entries[i].key === key) {
        found = current.entries[i];
        break;
      }
    }
    if (!found) return undefined;
    current = found.value.kind === 'object' ? found.value : undefined;
  }
  return found;
}

/** The pod spec path of a workload (`spec.template.spec`), or undefined for other kinds. */
export function podSpecPath(resource: IacResource): string | undefined {
  return POD_SPEC_PATHS[resource.type]?.join('.');
}

export function podSpec(resource: IacResource): IacObject | undefined {
  const path = podSpecPath(resource);
  const value = path ? entryAt(resource.body, path)?.value : undefined;
  return value?.kind === 'object' ? value : undefined;
}

/** The containers of a workload's pod spec (`containers` only, as Checkov's pod-level checks read them). */
export function podContainers(spec: IacObject | undefined): IacObject[] {
  const list = entryAt(spec, 'containers')?.value;
  return list?.kind === 'list' ? list.items.filter((item): item is IacObject => item.kind === 'object') : [];
}

/** Whether a value is "set" the way Python's truthiness sees it (Checkov tests `if conf.get(key)`). */
export function isTruthy(value: IacValue | undefined): boolean {
  if (!value) return false;
  if (value.kind === 'object') return value.entries.length > 0;
  if (value.kind === 'list') return value.items.length > 0;
  if (value.kind === 'expression') return true;
  return value.value !== null && value.value !== false && value.value !== '' && value.value !== 0;
}

/**
 * Passes only when `path` (under `object`, which `resource.setAttribute` edits relative to
 * `prefix`) is the boolean `wanted`; absent counts as the insecure default. The fix writes `wanted`.
 */
export function requireBoolean(resource: IacResource, prefix: string, path: string, wanted: boolean, message: string): IacCheckResult {
  const object = prefix ? (entryAt(resource.body, prefix)?.value as IacObject | undefined) : resource.body;
  const found = entryAt(object?.kind === 'object' ? object : undefined, path);
  if (asBoolean(found?.value) === wanted) return { status: 'passed' };
  const fullPath = prefix ? `${prefix}.${path}` : path;
  return {
    status: 'failed',
    at: found?.range,
    message: found ? message : `${message} (${path} is not set)`,
    fix: { title: `Set ${path.split('.').pop()}: ${wanted}`, edits: resource.setAttribute(fullPath, String(wanted)) },
  };
}

/** Fails only when `path` is set to true (absent means false for these settings). The fix sets it to false. */
export function forbidTrue(resource: IacResource, prefix: string, path: string, message: string): IacCheckResult {
  const object = prefix ? (entryAt(resource.body, prefix)?.value as IacObject | undefined) : resource.body;
  const found = entryAt(object?.kind === 'object' ? object : undefined, path);
  if (asBoolean(found?.value) !== true) return { status: 'passed' };
  const fullPath = prefix ? `${prefix}.${path}` : path;
  return { status: 'failed', at: found!.range, message, fix: { title: `Set ${path.split('.').pop()}: false`, edits: resource.setAttribute(fullPath, 'false') } };
}

/** Fails (on the container's header) when a key that must be present is missing. */
export function requirePresent(resource: IacResource, path: string, message: string): IacCheckResult {
  return entryAt(resource.body, path) ? { status: 'passed' } : { status: 'failed', message };
}

/** Fails when a value that must be set is missing or empty (`cpu: ""`, `cpu: 0`), as Checkov's `if requests.get("cpu")`. */
export function requireSet(resource: IacResource, path: string, message: string): IacCheckResult {
  const found = entryAt(resource.body, path);
  return isTruthy(found?.value) ? { status: 'passed' } : { status: 'failed', at: found?.range, message };
}

/** Image name parts as Checkov reads them: the tag of the last path segment, and whether a digest pins it. */
export function imageParts(image: string): { tag: string; digest: boolean } {
  const at = image.indexOf('@');
  const withoutDigest = at >= 0 ? image.slice(0, at) : image;
  const lastSegment = withoutDigest.slice(withoutDigest.lastIndexOf('/') + 1);
  const colon = lastSegment.indexOf(':');
  return { tag: colon >= 0 ? lastSegment.slice(colon + 1) : '', digest: at >= 0 };
}
