import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { DOCKERFILE, failOnRun } from '../_shared/docker';

/** `curl …  | sh`, `wget -O- … | bash`, also through sudo or with `-s`: the downloaded text runs unread and unverified. */
const PIPE_TO_SHELL = /\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(\S*\/)?(sh|bash|zsh|ash|dash|ksh)\b/;

const rule: IacRule = {
  id: 'PF_DOCKER_1',
  scanner: 'iac',
  title: 'Do not pipe a download into a shell',
  severity: 'high',
  cwe: [494],
  description:
    '`curl … | sh` runs whatever the server sends at build time, unverified; a compromised or spoofed server owns the image. Download, verify a checksum, then run.',
  resources: DOCKERFILE,
  evaluate(resource): IacCheckResult {
    return failOnRun(resource, (command) => PIPE_TO_SHELL.test(command), 'A downloaded script is piped straight into a shell');
  },
};

export default rule;
