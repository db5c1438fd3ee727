import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'adobe-client-id',
  scanner: 'secrets',
  title: 'Adobe OAuth client ID',
  severity: 'medium',
  cwe: [798],
  description:
    'An Adobe Developer Console client ID (API key) assigned in code or configuration identifies your integration to Adobe APIs; with the client secret it obtains access tokens. Keep it in configuration outside the repository.',
  keywords: ['adobe'],
  // <name mentioning adobe> <assignment> <32 hexadecimal characters>
  regex: assignedSecret(['adobe'], '[a-f0-9]{32}'),
  entropy: 2,
  envName: 'ADOBE_CLIENT_ID',
};

export default rule;
