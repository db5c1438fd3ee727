import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'slack-user-token',
  scanner: 'secrets',
  title: 'Slack user token',
  severity: 'high',
  cwe: [798],
  description:
    'A Slack user token (xoxp-, or xoxe- when rotating) acts as the person who installed the app: it can read their messages and post as them. Revoke it, then read it from the environment or a secret store.',
  keywords: ['xoxp-', 'xoxe-'],
  // xoxp-<digits>-<digits>-<digits>-<28 to 34 letters and digits (32 hex today)>
  regex: /\b(xox[pe]-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{28,34})(?![A-Za-z0-9-])/,
  entropy: 3,
  envName: 'SLACK_USER_TOKEN',
};

export default rule;
