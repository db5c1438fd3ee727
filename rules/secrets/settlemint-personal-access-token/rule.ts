import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'settlemint-personal-access-token',
  scanner: 'secrets',
  title: 'SettleMint personal access token',
  severity: 'high',
  cwe: [798],
  description:
    'A SettleMint personal access token calls the SettleMint platform API for a user: blockchain nodes, smart-contract sets and middleware of the workspace. Delete it in the SettleMint console and read it from the environment.',
  keywords: ['sm_pat'],
  // sm_pat_ followed by 16 letters and digits.
  regex: /\b(sm_pat_[A-Za-z0-9]{16})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 3,
  envName: 'SETTLEMINT_PERSONAL_ACCESS_TOKEN',
};

export default rule;
