import { asString } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { CONTAINERS, entryAt } from '../_shared/k8s';

const rule: IacRule = {
  id: 'CKV_K8S_34',
  scanner: 'iac',
  title: 'Ensure that Tiller (Helm v2) is not deployed',
  severity: 'high',
  cwe: [306],
  description:
    'Tiller, the server side of Helm v2, runs with cluster-admin rights and an unauthenticated gRPC port by default. Helm v2 is end-of-life: remove Tiller and use Helm 3.',
  resources: CONTAINERS,
  evaluate(resource): IacCheckResult {
    const image = entryAt(resource.body, 'image');
    if (image && asString(image.value)?.includes('tiller')) return { status: 'failed', at: image.range, message: 'The container runs Tiller (Helm v2)' };
    // As Checkov: the workload's labels app=helm (or, without app, name=tiller) mark a Tiller deployment.
    const labels = entryAt(resource.parent?.body, 'metadata.labels')?.value;
    if (labels?.kind === 'object') {
      const app = asString(entryAt(labels, 'app')?.value);
      if (app ? app === 'helm' : asString(entryAt(labels, 'name')?.value) === 'tiller') return { status: 'failed', message: 'The workload is labelled as Tiller (Helm v2)' };
    }
    return { status: 'passed' };
  },
};

export default rule;
