import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'slack-legacy-token',
  scanner: 'secrets',
  title: 'Slack legacy token',
  severity: 'high',
  cwe: [798],
  description:
    'A Slack legacy token acts as the user who created it, with full access to their workspace. Revoke it and read it from the environment or a secret store.',
  keywords: ['xoxo', 'xoxs'],
  // xoxo- or xoxs-, three numbers separated by -, then a hex part.
  regex: /(xox[os]-\d+-\d+-\d+-[a-fA-F\d]+)/,
  entropy: 2,
  envName: 'SLACK_TOKEN',
};

export default rule;
