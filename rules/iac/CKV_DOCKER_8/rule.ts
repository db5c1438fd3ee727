import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { DOCKERFILE, argumentsOf, instructions } from '../_shared/docker';

const rule: IacRule = {
  id: 'CKV_DOCKER_8',
  scanner: 'iac',
  title: 'Ensure the last USER is not root',
  severity: 'medium',
  cwe: [250],
  description:
    'The last `USER` is root, so the container runs as root. Switch to an unprivileged user after the steps that need root.',
  resources: DOCKERFILE,
  evaluate(resource): IacCheckResult {
    const users = instructions(resource, 'USER');
    const last = users[users.length - 1];
    if (!last || argumentsOf(last) !== 'root') return { status: 'passed' };
    return {
      status: 'failed',
      at: last.range,
      message: 'The image switches back to root and runs as root',
      fix: { title: 'Run as an unprivileged UID (USER 10001)', edits: resource.setAttribute('USER', '10001') },
    };
  },
};

export default rule;
