import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'sendgrid-api-token',
  scanner: 'secrets',
  title: 'SendGrid API key',
  severity: 'high',
  cwe: [798],
  description:
    'A SendGrid API key sends mail from your verified domains and, with broad scopes, reads contacts and changes account settings. Delete it in the SendGrid settings and read it from the environment.',
  keywords: ['sg.'],
  // SG. followed by 66 letters, digits, =, _, - or . (the key id and the secret).
  regex: /\b(SG\.[\w=.-]{66})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 2,
  envName: 'SENDGRID_API_KEY',
};

export default rule;
