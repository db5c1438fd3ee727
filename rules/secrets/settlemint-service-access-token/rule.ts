import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'settlemint-service-access-token',
  scanner: 'secrets',
  title: 'SettleMint service access token',
  severity: 'high',
  cwe: [798],
  description:
    'A SettleMint service access token calls the SettleMint platform API for a single service: blockchain nodes, smart-contract sets and middleware of the workspace. Delete it in the SettleMint console and read it from the environment.',
  keywords: ['sm_sat'],
  // sm_sat_ followed by 16 letters and digits.
  regex: /\b(sm_sat_[A-Za-z0-9]{16})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 3,
  envName: 'SETTLEMINT_SERVICE_ACCESS_TOKEN',
};

export default rule;
