import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'slack-legacy-workspace-token',
  scanner: 'secrets',
  title: 'Slack legacy workspace token',
  severity: 'high',
  cwe: [798],
  description:
    'A Slack legacy workspace token acts for a workspace app with the permissions the workspace granted it. Revoke it and read it from the environment or a secret store.',
  keywords: ['xoxa', 'xoxr'],
  // xoxa- or xoxr-, an optional digit and -, then 8 to 48 letters and digits.
  regex: /(xox[ar]-(?:\d-)?[0-9a-zA-Z]{8,48})/,
  entropy: 2,
  envName: 'SLACK_TOKEN',
};

export default rule;
