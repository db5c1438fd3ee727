import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { DOCKERFILE, instructions } from '../_shared/docker';

const rule: IacRule = {
  id: 'CKV_DOCKER_3',
  scanner: 'iac',
  title: 'Ensure that a user for the container has been created',
  severity: 'medium',
  cwe: [250],
  description:
    'Without a `USER` instruction the container runs as root. Create an unprivileged user (or use a numeric UID) and switch to it.',
  resources: DOCKERFILE,
  evaluate(resource): IacCheckResult {
    if (instructions(resource, 'USER').length > 0) return { status: 'passed' };
    return {
      status: 'failed',
      message: 'The image has no USER, so its processes run as root',
      fix: { title: 'Run as an unprivileged UID (USER 10001)', edits: resource.setAttribute('USER', '10001') },
    };
  },
};

export default rule;
