import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'digitalocean-refresh-token',
  scanner: 'secrets',
  title: 'DigitalOcean OAuth refresh token',
  severity: 'critical',
  cwe: [798],
  description:
    'A DigitalOcean OAuth refresh token (dor_v1_…) obtains new access tokens for the team it was issued for. Revoke the OAuth grant and keep refresh tokens in a secret store.',
  keywords: ['dor_v1_'],
  // dor_v1_ followed by 64 hexadecimal characters (any case, as gitleaks matches it).
  regex: /\b(dor_v1_[a-f0-9]{64})(?=[\x60'"\s;]|\\[nr]|$)/i,
  envName: 'DIGITALOCEAN_REFRESH_TOKEN',
};

export default rule;
