import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { DOCKERFILE, failOnRun } from '../_shared/docker';

const rule: IacRule = {
  id: 'CKV2_DOCKER_1',
  scanner: 'iac',
  title: 'Ensure that sudo isn\'t used',
  severity: 'low',
  cwe: [250],
  description:
    '`sudo` in a Dockerfile means the image ships sudo and a user allowed to use it, an easy path back to root. Switch with `USER` instead.',
  resources: DOCKERFILE,
  evaluate(resource): IacCheckResult {
    return failOnRun(resource, (command) => command.includes(' sudo ') || command.startsWith('sudo '), 'sudo is used in a RUN instruction');
  },
};

export default rule;
