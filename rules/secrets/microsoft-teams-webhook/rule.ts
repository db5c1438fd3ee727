import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

/** A GUID as Teams writes it in webhook URLs: lower-case letters and digits. */
const GUID = '[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12}';

const rule: SecretRule = {
  id: 'microsoft-teams-webhook',
  scanner: 'secrets',
  title: 'Microsoft Teams incoming webhook URL',
  severity: 'high',
  cwe: [798],
  description:
    'A Microsoft Teams incoming webhook URL is its own credential: anyone holding it can post messages into the channel it belongs to. Remove the connector in Teams, create a new one and read the URL from the environment or a secret store.',
  keywords: ['webhook.office.com', 'webhookb2', 'incomingwebhook'],
  // https://<tenant>.webhook.office.com/webhookb2/<group id>@<tenant id>/IncomingWebhook/<32 characters>/<connector id>,
  // ids being lower-case UUIDs. The whole URL is the secret.
  regex: new RegExp(`https://[a-z0-9]+\\.webhook\\.office\\.com/webhookb2/${GUID}@${GUID}/IncomingWebhook/[a-z0-9]{32}/${GUID}`),
  envName: 'TEAMS_WEBHOOK_URL',
};

export default rule;
