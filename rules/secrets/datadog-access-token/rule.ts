import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'datadog-access-token',
  scanner: 'secrets',
  title: 'Datadog application key',
  severity: 'high',
  cwe: [798],
  description:
    'A Datadog application or API key assigned in code or configuration can read monitoring data and change monitors and dashboards of the organisation. Revoke it in Datadog and read it from the environment.',
  keywords: ['datadog'],
  // <name mentioning datadog> <assignment> <40 letters and digits>
  regex: assignedSecret(['datadog'], '[a-z0-9]{40}'),
  envName: 'DATADOG_APP_KEY',
};

export default rule;
