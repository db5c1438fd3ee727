import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'slack-bot-token',
  scanner: 'secrets',
  title: 'Slack bot token',
  severity: 'high',
  cwe: [798],
  description:
    'A Slack bot token (xoxb-) lets anyone post, read channels and call the Web API as the bot, within its scopes. Rotate it in the Slack app settings, then read it from the environment or a secret store.',
  keywords: ['xoxb-'],
  // xoxb-<team id digits>-<bot user id digits>-<24 letters and digits>
  // Like gitleaks: the two numeric parts, then any run of letters, digits and dashes.
  regex: /\b(xoxb-[0-9]{10,13}-[0-9]{10,13}[A-Za-z0-9-]*)/,
  entropy: 3,
  envName: 'SLACK_BOT_TOKEN',
};

export default rule;
