import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'slack-config-refresh-token',
  scanner: 'secrets',
  title: 'Slack configuration refresh token',
  severity: 'high',
  cwe: [798],
  description:
    'A Slack configuration refresh token mints new configuration access tokens whenever asked, so it lasts until it is rotated. Revoke it and read it from the environment or a secret store.',
  keywords: ['xoxe-'],
  // xoxe-<digit>- followed by 146 letters and digits.
  regex: /(xoxe-\d-[A-Z0-9]{146})/i,
  entropy: 2,
  envName: 'SLACK_CONFIG_REFRESH_TOKEN',
};

export default rule;
