import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'twilio-api-key',
  scanner: 'secrets',
  title: 'Twilio API key',
  severity: 'high',
  cwe: [798],
  description:
    'A Twilio API key SID, with its secret, sends messages and places calls billed to the account and reads message logs. Delete the key in the Twilio console and read it from the environment.',
  keywords: ['sk'],
  // SK followed by 32 hex digits; like gitleaks, anywhere (no word boundaries).
  regex: /(SK[0-9a-fA-F]{32})/,
  entropy: 3,
  envName: 'TWILIO_API_KEY',
};

export default rule;
