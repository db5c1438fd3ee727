import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'slack-app-token',
  scanner: 'secrets',
  title: 'Slack app-level token',
  severity: 'high',
  cwe: [798],
  description:
    'A Slack app-level token opens Socket Mode connections and receives every event the app subscribes to, including message contents. Revoke it and read it from the environment or a secret store.',
  keywords: ['xapp'],
  // xapp-<digit>-<app id>-<number>-<random part>, any case.
  regex: /(xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+)/i,
  entropy: 2,
  envName: 'SLACK_APP_TOKEN',
};

export default rule;
