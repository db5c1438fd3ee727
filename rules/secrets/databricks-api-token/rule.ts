import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'databricks-api-token',
  scanner: 'secrets',
  title: 'Databricks personal access token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Databricks personal access token (dapi…) acts as its user in the workspace: notebooks, jobs, clusters and the data they can reach. Revoke it in the workspace and read tokens from the environment.',
  keywords: ['dapi'],
  // dapi followed by 32 lower-case hexadecimal characters, optionally -<digit>.
  regex: /\b(dapi[a-f0-9]{32}(?:-\d)?)(?=[\x60'"\s;]|\\[nr]|$)/,
  entropy: 3,
  envName: 'DATABRICKS_TOKEN',
};

export default rule;
