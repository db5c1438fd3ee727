import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'grafana-cloud-api-token',
  scanner: 'secrets',
  title: 'Grafana Cloud API token',
  severity: 'high',
  cwe: [798],
  description:
    'A Grafana Cloud access policy or API token (glc_) reads and writes metrics, logs and traces, or manages stacks, depending on its scopes. Delete it in the Grafana Cloud portal and read it from the environment or a secret store.',
  keywords: ['glc_'],
  // glc_ then 32 to 400 base64 characters.
  regex: /\b(glc_[A-Za-z0-9+/]{32,400}={0,3})(?:[\x60'"\s;]|\\[nr]|$)/i,
  entropy: 3,
  envName: 'GRAFANA_CLOUD_TOKEN',
};

export default rule;
