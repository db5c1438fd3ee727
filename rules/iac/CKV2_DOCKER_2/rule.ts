import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { DOCKERFILE, failOnRun } from '../_shared/docker';

/** Checkov's pattern: `curl` then, before any pipe or command separator, `--insecure` or a short-option group holding `k`. */
const INSECURE_CURL = /curl[^|&;]*\s+(--insecure|-[^-\s]*k)/;

const rule: IacRule = {
  id: 'CKV2_DOCKER_2',
  scanner: 'iac',
  title: 'Ensure that certificate validation isn\'t disabled with curl',
  severity: 'high',
  cwe: [295],
  description:
    '`curl -k` / `--insecure` accepts any certificate, so anyone on the network path can replace what the build downloads. Remove it and fix the trust store instead.',
  resources: DOCKERFILE,
  evaluate(resource): IacCheckResult {
    return failOnRun(resource, (command) => INSECURE_CURL.test(command), 'curl runs with certificate validation disabled');
  },
};

export default rule;
