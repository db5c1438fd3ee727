import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { DOCKERFILE, instructions } from '../_shared/docker';

const rule: IacRule = {
  id: 'CKV_DOCKER_2',
  scanner: 'iac',
  title: 'Ensure that HEALTHCHECK instructions have been added to container images',
  severity: 'low',
  description:
    'Without `HEALTHCHECK`, Docker and Swarm only know whether the process exited, not whether it still works. Add a health check.',
  resources: DOCKERFILE,
  evaluate(resource): IacCheckResult {
    return instructions(resource, 'HEALTHCHECK').length > 0 ? { status: 'passed' } : { status: 'failed', message: 'The image has no HEALTHCHECK' };
  },
};

export default rule;
