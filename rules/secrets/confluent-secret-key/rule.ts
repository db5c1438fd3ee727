import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'confluent-secret-key',
  scanner: 'secrets',
  title: 'Confluent Cloud API secret',
  severity: 'critical',
  cwe: [798],
  description:
    'A Confluent Cloud API secret assigned in code or configuration authenticates as its API key to Kafka clusters or the Cloud API. Delete the key in Confluent Cloud and read the secret from the environment.',
  keywords: ['confluent'],
  // <name mentioning confluent> <assignment> <64 letters and digits>
  regex: assignedSecret(['confluent'], '[a-z0-9]{64}'),
  envName: 'CONFLUENT_CLOUD_API_SECRET',
};

export default rule;
