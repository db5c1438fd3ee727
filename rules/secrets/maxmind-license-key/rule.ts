import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'maxmind-license-key',
  scanner: 'secrets',
  title: 'MaxMind license key',
  severity: 'medium',
  cwe: [798],
  description:
    'A MaxMind license key downloads GeoIP2/GeoLite2 databases and calls the GeoIP web services billed to the account. Generate a new key in the MaxMind account portal and read it from the environment.',
  keywords: ['_mmk'],
  // 6 letters and digits, _, 29 letters and digits, then _mmk.
  regex: /\b([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?:[\x60'"\s;]|\\[nr]|$)/,
  entropy: 4,
  envName: 'MAXMIND_LICENSE_KEY',
};

export default rule;
