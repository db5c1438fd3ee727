import { asString, type IacObject, type IacResource } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { POD_WORKLOADS, entryAt, podContainers, podSpec, podSpecPath } from '../_shared/k8s';

const LEGACY_KEY = 'seccomp.security.alpha.kubernetes.io/pod';

/** The pod template's metadata (the resource's own for a Pod, or when the template has none). */
function templateMetadata(resource: IacResource): IacObject | undefined {
  const path = resource.type === 'Pod' ? 'metadata' : resource.type === 'CronJob' ? 'spec.jobTemplate.spec.template.metadata' : 'spec.template.metadata';
  const value = entryAt(resource.body, path)?.value ?? entryAt(resource.body, 'metadata')?.value;
  return value?.kind === 'object' ? value : undefined;
}

function legacyAnnotation(metadata: IacObject | undefined): boolean {
  const annotations = entryAt(metadata, 'annotations')?.value;
  if (annotations?.kind !== 'object') return false;
  return annotations.entries.some((item) => item.key.includes(LEGACY_KEY) && /docker\/default|runtime\/default/.test(asString(item.value) ?? ''));
}

const rule: IacRule = {
  id: 'CKV_K8S_31',
  scanner: 'iac',
  title: 'Ensure that the seccomp profile is set to docker/default or runtime/default',
  severity: 'medium',
  cwe: [250],
  description:
    'No seccomp profile applies to the pod, so its containers may make any system call the kernel offers. Set `securityContext.seccompProfile.type: RuntimeDefault` in the pod spec.',
  resources: POD_WORKLOADS,
  evaluate(resource): IacCheckResult {
    const spec = podSpec(resource);
    const prefix = podSpecPath(resource);
    if (!spec || !prefix) return { status: 'failed', message: 'The workload has no pod spec' };
    const podProfile = entryAt(spec, 'securityContext.seccompProfile.type');
    if (podProfile) {
      return asString(podProfile.value) === 'RuntimeDefault' ? { status: 'passed' } : { status: 'failed', at: podProfile.range, message: 'The pod\'s seccomp profile is not RuntimeDefault' };
    }
    // Without a pod-level profile, every container must set RuntimeDefault itself.
    const containers = podContainers(spec);
    const profiles = containers.map((container) => entryAt(container, 'securityContext.seccompProfile.type'));
    const other = profiles.find((profile) => profile && asString(profile.value) !== 'RuntimeDefault');
    if (other) return { status: 'failed', at: other.range, message: 'A container\'s seccomp profile is not RuntimeDefault' };
    if (containers.length > 0 && profiles.every((profile) => profile)) return { status: 'passed' };
    // The annotation that preceded the field (Kubernetes before 1.19) still counts for Checkov.
    if (legacyAnnotation(templateMetadata(resource))) return { status: 'passed' };
    return {
      status: 'failed',
      message: 'No seccomp profile is set, so the container runtime applies none (Unconfined)',
      fix: { title: 'Set seccompProfile.type: RuntimeDefault', edits: resource.setAttribute(`${prefix}.securityContext.seccompProfile.type`, 'RuntimeDefault') },
    };
  },
};

export default rule;
