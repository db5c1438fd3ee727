import { asString } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, entryAt, imageParts } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_15',
  scanner: 'iac',
  title: 'Image Pull Policy should be Always',
  severity: 'low',
  description:
    'With `IfNotPresent` (the default for tagged images) a node reuses whatever image it cached under that tag, and pod credentials are not re-checked. Set `imagePullPolicy: Always`.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    const image = entryAt(resource.body, 'image');
    if (!image) return { status: 'failed', message: 'The container has no image' };
    const value = asString(image.value);
    if (value === undefined || value.trim() === '') return { status: 'unknown' };
    const policy = entryAt(resource.body, 'imagePullPolicy');
    const fix = { title: 'Set imagePullPolicy: Always', edits: resource.setAttribute('imagePullPolicy', 'Always') };
    if (!policy) {
      // Kubernetes defaults to Always only for untagged and :latest images; otherwise IfNotPresent.
      const { tag } = imageParts(value);
      if (tag === '' || tag === 'latest') return { status: 'passed' };
      return { status: 'failed', message: 'imagePullPolicy is not set, so it defaults to IfNotPresent', fix };
    }
    if (asString(policy.value) === 'Always') return { status: 'passed' };
    return { status: 'failed', at: policy.range, message: 'imagePullPolicy is not Always', fix };
  },
};

export default rule;
