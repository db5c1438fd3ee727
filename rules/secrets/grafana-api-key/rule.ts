import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'grafana-api-key',
  scanner: 'secrets',
  title: 'Grafana API key',
  severity: 'high',
  cwe: [798],
  description:
    'A Grafana API key (eyJrIjoi…) calls the Grafana HTTP API with the role it was created with — up to Admin of the organisation. Delete it in Grafana, migrate to service account tokens and read the credential from a secret store.',
  keywords: ['eyjrijoi'],
  // Base64 of {"k":" (eyJrIjoi) and 70 to 400 more base64 characters.
  regex: /\b(eyJrIjoi[A-Za-z0-9]{70,400}={0,3})(?:[\x60'"\s;]|\\[nr]|$)/i,
  entropy: 3,
  envName: 'GRAFANA_API_KEY',
};

export default rule;
