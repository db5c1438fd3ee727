import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, entryAt } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_35',
  scanner: 'iac',
  title: 'Prefer using secrets as files over secrets as environment variables',
  severity: 'low',
  cwe: [526],
  description:
    'Secrets in environment variables leak into crash reports, debug endpoints, child processes and `kubectl describe`. Mount the secret as a file instead.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    const env = entryAt(resource.body, 'env')?.value;
    if (env?.kind === 'list') {
      for (const variable of env.items) {
        const ref = variable.kind === 'object' ? entryAt(variable, 'valueFrom.secretKeyRef') : undefined;
        if (ref) return { status: 'failed', at: ref.range, message: 'A secret is passed as an environment variable' };
      }
    }
    const envFrom = entryAt(resource.body, 'envFrom')?.value;
    if (envFrom?.kind === 'list') {
      for (const source of envFrom.items) {
        const ref = source.kind === 'object' ? entryAt(source, 'secretRef') : undefined;
        if (ref) return { status: 'failed', at: ref.range, message: 'A secret is passed as environment variables' };
      }
    }
    return { status: 'passed' };
  },
};

export default rule;
