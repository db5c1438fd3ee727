import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'clickhouse-cloud-api-secret-key',
  scanner: 'secrets',
  title: 'ClickHouse Cloud API secret key',
  severity: 'high',
  cwe: [798],
  description:
    'A ClickHouse Cloud API secret key (4b1d…) with its key id manages the organisation\'s services through the Cloud API. Delete the key in the ClickHouse Cloud console and read it from the environment.',
  keywords: ['4b1d'],
  // 4b1d followed by 38 letters and digits.
  regex: /\b(4b1d[A-Za-z0-9]{38})\b/,
  entropy: 3,
  envName: 'CLICKHOUSE_API_SECRET',
};

export default rule;
