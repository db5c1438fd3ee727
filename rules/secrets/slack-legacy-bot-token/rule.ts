import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'slack-legacy-bot-token',
  scanner: 'secrets',
  title: 'Slack legacy bot token',
  severity: 'high',
  cwe: [798],
  description:
    'A Slack legacy bot token posts and reads messages as the bot user in every channel it was invited to. Revoke it and read it from the environment or a secret store.',
  keywords: ['xoxb'],
  // xoxb- then 8 to 14 digits, -, then 18 to 26 letters and digits (the older two-part form).
  regex: /(xoxb-[0-9]{8,14}-[a-zA-Z0-9]{18,26})/,
  entropy: 2,
  envName: 'SLACK_BOT_TOKEN',
};

export default rule;
