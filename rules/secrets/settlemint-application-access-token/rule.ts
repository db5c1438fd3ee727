import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'settlemint-application-access-token',
  scanner: 'secrets',
  title: 'SettleMint application access token',
  severity: 'high',
  cwe: [798],
  description:
    'A SettleMint application access token calls the SettleMint platform API for an application: blockchain nodes, smart-contract sets and middleware of the workspace. Delete it in the SettleMint console and read it from the environment.',
  keywords: ['sm_aat'],
  // sm_aat_ followed by 16 letters and digits.
  regex: /\b(sm_aat_[A-Za-z0-9]{16})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 3,
  envName: 'SETTLEMINT_APPLICATION_ACCESS_TOKEN',
};

export default rule;
