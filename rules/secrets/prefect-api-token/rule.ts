import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'prefect-api-token',
  scanner: 'secrets',
  title: 'Prefect Cloud API key',
  severity: 'high',
  cwe: [798],
  description:
    'A Prefect Cloud API key runs and changes flows, deployments and blocks (which can hold other credentials) in its workspaces. Delete it in Prefect Cloud and read it from the environment.',
  keywords: ['pnu_'],
  // pnu_ followed by 36 letters and digits.
  regex: /\b(pnu_[A-Za-z0-9]{36})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 2,
  envName: 'PREFECT_API_KEY',
};

export default rule;
