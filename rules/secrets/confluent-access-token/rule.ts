import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'confluent-access-token',
  scanner: 'secrets',
  title: 'Confluent Cloud API key',
  severity: 'high',
  cwe: [798],
  description:
    'A Confluent Cloud API key assigned in code or configuration identifies a Kafka or Cloud API credential; its secret is usually next to it. Delete the key in Confluent Cloud and read both from the environment.',
  keywords: ['confluent'],
  // <name mentioning confluent> <assignment> <16 letters and digits>
  regex: assignedSecret(['confluent'], '[a-z0-9]{16}'),
  envName: 'CONFLUENT_CLOUD_API_KEY',
};

export default rule;
