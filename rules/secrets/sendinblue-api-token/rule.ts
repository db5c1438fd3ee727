import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'sendinblue-api-token',
  scanner: 'secrets',
  title: 'Brevo (Sendinblue) API key',
  severity: 'high',
  cwe: [798],
  description:
    'A Brevo (formerly Sendinblue) API key sends e-mail and SMS from your account and reads and exports its contact lists. Delete it in the Brevo settings and read it from the environment.',
  keywords: ['xkeysib-'],
  // xkeysib- followed by 64 lower-case hex digits, a hyphen and 16 letters and digits.
  regex: /\b(xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 2,
  envName: 'BREVO_API_KEY',
};

export default rule;
