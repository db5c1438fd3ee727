import type { IacEntry } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { DOCKERFILE, argumentsOf, instructions } from '../_shared/docker';

const UPDATE = ['update', '--update'];
const INSTALL = ['install', 'source-install', 'reinstall', 'groupinstall', 'localinstall', 'add'];

const rule: IacRule = {
  id: 'CKV_DOCKER_5',
  scanner: 'iac',
  title: 'Ensure update instructions are not use alone in the Dockerfile',
  severity: 'low',
  description:
    '`RUN apt-get update` in a layer of its own is cached: subsequent installs use an outdated package index and miss security updates. Update and install in the same RUN.',
  resources: DOCKERFILE,
  evaluate(resource): IacCheckResult {
    // As Checkov: count RUNs that update the package index against RUNs that install; more updates fail.
    let balance = 0;
    let firstUpdate: IacEntry | undefined;
    for (const run of instructions(resource, 'RUN')) {
      const command = argumentsOf(run);
      if (UPDATE.some((word) => command.includes(word))) {
        balance++;
        firstUpdate ??= run;
      }
      if (INSTALL.some((word) => command.includes(word))) balance--;
    }
    return balance > 0 && firstUpdate ? { status: 'failed', at: firstUpdate.range, message: 'The package index is updated in a RUN of its own' } : { status: 'passed' };
  },
};

export default rule;
