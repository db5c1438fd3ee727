import { asString } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, entryAt, imageParts } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_14',
  scanner: 'iac',
  title: 'Image Tag should be fixed - not latest or blank',
  severity: 'medium',
  cwe: [494],
  description:
    'An image without a tag, or tagged `latest`, changes unpredictably: two nodes can run different code and a rollback does not roll back. Pin a version tag or a digest.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    const image = entryAt(resource.body, 'image');
    if (!image) return { status: 'failed', message: 'The container has no image' };
    const value = asString(image.value);
    if (value === undefined || value.trim() === '') return { status: 'unknown' };
    const { tag, digest } = imageParts(value);
    if (digest || (tag !== '' && tag !== 'latest')) return { status: 'passed' };
    return { status: 'failed', at: image.range, message: tag ? 'The image uses the latest tag' : 'The image has no tag (it means latest)' };
  },
};

export default rule;
