import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'adobe-client-secret',
  scanner: 'secrets',
  title: 'Adobe OAuth client secret',
  severity: 'high',
  cwe: [798],
  description:
    'An Adobe client secret (p8e-…) lets anyone holding it obtain access tokens for your Adobe Developer Console project. Rotate it in the console and read it from the environment.',
  keywords: ['p8e-'],
  // p8e- followed by 32 letters and digits.
  regex: /\b(p8e-[A-Za-z0-9]{32})(?=[\x60'"\s;]|\\[nr]|$)/,
  entropy: 2,
  envName: 'ADOBE_CLIENT_SECRET',
};

export default rule;
