import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { DOCKERFILE, argumentsOf, instructions } from '../_shared/docker';

/** Absolute on Linux or Windows, or starting with a variable (decided at build time). */
const ABSOLUTE = /^"?(\/|[A-Za-z0-9_+-]:\\|\$)/;

const rule: IacRule = {
  id: 'CKV_DOCKER_10',
  scanner: 'iac',
  title: 'Ensure that WORKDIR values are absolute paths',
  severity: 'low',
  description:
    'A relative `WORKDIR` depends on every earlier `WORKDIR` (including the base image\'s), so the directory is not what it seems. Use an absolute path.',
  resources: DOCKERFILE,
  evaluate(resource): IacCheckResult {
    const relative = instructions(resource, 'WORKDIR').find((item) => !ABSOLUTE.test(argumentsOf(item)));
    return relative ? { status: 'failed', at: relative.range, message: 'WORKDIR is a relative path' } : { status: 'passed' };
  },
};

export default rule;
