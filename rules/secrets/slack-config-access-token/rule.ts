import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'slack-config-access-token',
  scanner: 'secrets',
  title: 'Slack configuration access token',
  severity: 'high',
  cwe: [798],
  description:
    'A Slack configuration access token creates and changes the apps of a workspace through the App Manifest API. Revoke it and read it from the environment or a secret store.',
  keywords: ['xoxe.xoxb-', 'xoxe.xoxp-'],
  // xoxe.xoxb- or xoxe.xoxp-, a digit, then 163 to 166 letters and digits.
  regex: /(xoxe\.xox[bp]-\d-[A-Z0-9]{163,166})/i,
  entropy: 2,
  envName: 'SLACK_CONFIG_TOKEN',
};

export default rule;
