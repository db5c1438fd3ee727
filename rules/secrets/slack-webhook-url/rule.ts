import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'slack-webhook-url',
  scanner: 'secrets',
  title: 'Slack incoming webhook URL',
  severity: 'high',
  cwe: [798],
  description:
    'A Slack webhook URL is its own credential: anyone holding it can post messages into the channel it belongs to. Regenerate the webhook in the Slack app settings and read the URL from the environment or a secret store.',
  keywords: ['hooks.slack.com'],
  // Incoming webhooks: services/T<team>/B<hook>/<24 letters and digits>.
  // Workflow Builder and trigger URLs: workflows|triggers/T<team>/<path of ids and a random tail>.
  regex:
    /\b((?:https?:\/\/)?hooks\.slack\.com\/(?:services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24}|(?:workflows|triggers)\/T[A-Z0-9]{8,12}\/[A-Za-z0-9/]{20,120}))(?![A-Za-z0-9/])/,
  entropy: 3,
  allowlist: {
    // Documentation ids filled with zeros: T00000000/B00000000/...
    regexes: [/\/[TB]0{8,}\//],
  },
  envName: 'SLACK_WEBHOOK_URL',
};

export default rule;
