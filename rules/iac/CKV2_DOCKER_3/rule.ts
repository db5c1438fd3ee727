import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { DOCKERFILE, failOnRun } from '../_shared/docker';

const rule: IacRule = {
  id: 'CKV2_DOCKER_3',
  scanner: 'iac',
  title: 'Ensure that certificate validation isn\'t disabled with wget',
  severity: 'high',
  cwe: [295],
  description:
    '`wget --no-check-certificate` accepts any certificate, so anyone on the network path can replace what the build downloads. Remove it.',
  resources: DOCKERFILE,
  evaluate(resource): IacCheckResult {
    return failOnRun(resource, (command) => /wget[^|&;]*\s+--no-check-certificate/.test(command), 'wget runs with certificate validation disabled');
  },
};

export default rule;
