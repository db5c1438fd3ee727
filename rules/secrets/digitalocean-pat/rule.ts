import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'digitalocean-pat',
  scanner: 'secrets',
  title: 'DigitalOcean personal access token',
  severity: 'critical',
  cwe: [798],
  description:
    'A DigitalOcean personal access token (dop_v1_…) acts on the team\'s droplets, databases, DNS and storage with the scopes it was granted. Delete it in the control panel and read tokens from the environment.',
  keywords: ['dop_v1_'],
  // dop_v1_ followed by 64 lower-case hexadecimal characters.
  regex: /\b(dop_v1_[a-f0-9]{64})(?=[\x60'"\s;]|\\[nr]|$)/,
  entropy: 3,
  envName: 'DIGITALOCEAN_TOKEN',
};

export default rule;
