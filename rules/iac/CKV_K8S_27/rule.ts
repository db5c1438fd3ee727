import { asString } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { POD_WORKLOADS, entryAt, podSpec } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_27',
  scanner: 'iac',
  title: 'Do not expose the docker daemon socket to containers',
  severity: 'critical',
  cwe: [250],
  description:
    'Mounting `/var/run/docker.sock` gives the pod full control of the node\'s Docker daemon, which is root on the node. Build images with a daemonless builder instead.',
  resources: POD_WORKLOADS,
  evaluate(resource): IacCheckResult {
    const volumes = entryAt(podSpec(resource), 'volumes')?.value;
    if (volumes?.kind !== 'list') return { status: 'passed' };
    for (const volume of volumes.items) {
      const path = volume.kind === 'object' ? entryAt(volume, 'hostPath.path') : undefined;
      if (path && asString(path.value) === '/var/run/docker.sock') return { status: 'failed', at: path.range, message: 'The pod mounts the Docker daemon socket' };
    }
    return { status: 'passed' };
  },
};

export default rule;
