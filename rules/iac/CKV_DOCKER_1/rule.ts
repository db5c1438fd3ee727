import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { DOCKERFILE, argumentsOf, instructions } from '../_shared/docker';

const rule: IacRule = {
  id: 'CKV_DOCKER_1',
  scanner: 'iac',
  title: 'Ensure port 22 is not exposed',
  severity: 'low',
  cwe: [284],
  description:
    'Exposing port 22 means an SSH server in the container: another way in, another set of credentials. Use `kubectl exec` / `docker exec` instead.',
  resources: DOCKERFILE,
  evaluate(resource): IacCheckResult {
    // As Checkov: an EXPOSE argument that is exactly `22` (not `22/tcp`).
    const expose = instructions(resource, 'EXPOSE').find((item) => argumentsOf(item).split(' ').includes('22'));
    return expose ? { status: 'failed', at: expose.range, message: 'The image exposes SSH (port 22)' } : { status: 'passed' };
  },
};

export default rule;
