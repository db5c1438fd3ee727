import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, entryAt } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_26',
  scanner: 'iac',
  title: 'Do not specify hostPort unless absolutely necessary',
  severity: 'medium',
  cwe: [668],
  description:
    '`hostPort` binds the container to a port of the node it runs on, bypassing Services and network policies and limiting scheduling. Expose it through a Service instead.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    const ports = entryAt(resource.body, 'ports')?.value;
    if (ports?.kind !== 'list') return { status: 'passed' };
    for (const port of ports.items) {
      const hostPort = port.kind === 'object' ? entryAt(port, 'hostPort') : undefined;
      if (hostPort) return { status: 'failed', at: hostPort.range, message: 'The container binds a port on the node (hostPort)' };
    }
    return { status: 'passed' };
  },
};

export default rule;
