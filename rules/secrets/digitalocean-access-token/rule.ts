import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'digitalocean-access-token',
  scanner: 'secrets',
  title: 'DigitalOcean OAuth access token',
  severity: 'critical',
  cwe: [798],
  description:
    'A DigitalOcean OAuth access token (doo_v1_…) acts on the team\'s droplets, databases, DNS and storage with the scopes it was granted. Revoke it and read tokens from the environment.',
  keywords: ['doo_v1_'],
  // doo_v1_ followed by 64 lower-case hexadecimal characters.
  regex: /\b(doo_v1_[a-f0-9]{64})(?=[\x60'"\s;]|\\[nr]|$)/,
  entropy: 3,
  envName: 'DIGITALOCEAN_ACCESS_TOKEN',
};

export default rule;
