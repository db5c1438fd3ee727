import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'cloudflare-origin-ca-key',
  scanner: 'secrets',
  title: 'Cloudflare Origin CA key',
  severity: 'high',
  cwe: [798],
  description:
    'A Cloudflare Origin CA key (v1.0-…) issues and revokes origin certificates for the account\'s zones. Revoke it in the Cloudflare dashboard and read it from the environment.',
  keywords: ['cloudflare', 'v1.0-'],
  // v1.0- followed by 24 hexadecimal characters, a dash and 146 hexadecimal characters.
  regex: /\b(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?=[\x60'"\s;]|\\[nr]|$)/,
  entropy: 2,
  envName: 'CLOUDFLARE_ORIGIN_CA_KEY',
};

export default rule;
