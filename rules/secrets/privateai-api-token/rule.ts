import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'privateai-api-token',
  scanner: 'secrets',
  title: 'Private AI API key',
  severity: 'high',
  cwe: [798],
  description:
    'A Private AI API key sends text to the Private AI de-identification service on your account. Rotate it in the Private AI portal and read it from the environment.',
  keywords: ['privateai', 'private_ai', 'private-ai'],
  // A name mentioning privateai, private_ai or private-ai in any case, then 32 lower-case letters and digits
  // (the value is case-sensitive, as in gitleaks).
  regex: assignedSecret(['[Pp][Rr][Ii][Vv][Aa][Tt][Ee][_-]?[Aa][Ii]'], '[a-z0-9]{32}', { caseSensitive: true }),
  entropy: 3,
  envName: 'PRIVATEAI_API_KEY',
};

export default rule;
