import { asString } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, entryAt } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_43',
  scanner: 'iac',
  title: 'Image should use digest',
  severity: 'low',
  cwe: [494],
  description:
    'A tag can be moved to other content; only a digest (`image@sha256:…`) names exactly one image. Pin images by digest.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    const image = entryAt(resource.body, 'image');
    if (!image) return { status: 'failed', message: 'The container has no image' };
    const value = asString(image.value);
    if (value === undefined) return { status: 'unknown' };
    return value.includes('@') ? { status: 'passed' } : { status: 'failed', at: image.range, message: 'The image is not pinned by digest' };
  },
};

export default rule;
