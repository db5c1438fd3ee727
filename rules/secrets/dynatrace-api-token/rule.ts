import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'dynatrace-api-token',
  scanner: 'secrets',
  title: 'Dynatrace API token',
  severity: 'high',
  cwe: [798],
  description:
    'A Dynatrace API token (dt0c01.…) calls the environment\'s API with its scopes: reading monitoring data, changing configuration or ingesting data. Revoke it in Dynatrace and read it from the environment.',
  keywords: ['dt0c01.'],
  // dt0c01.<24 letters and digits>.<64 letters and digits>
  regex: /dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}/,
  entropy: 4,
  envName: 'DT_API_TOKEN',
};

export default rule;
