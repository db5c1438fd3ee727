import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'adafruit-api-key',
  scanner: 'secrets',
  title: 'Adafruit IO key',
  severity: 'medium',
  cwe: [798],
  description:
    'An Adafruit IO key assigned in code or configuration lets anyone read and write the account\'s feeds and dashboards. Regenerate it in Adafruit IO and read it from the environment.',
  keywords: ['adafruit'],
  // <name mentioning adafruit> <assignment> <32 letters, digits, _ or ->
  regex: assignedSecret(['adafruit'], '[a-z0-9_-]{32}'),
  envName: 'ADAFRUIT_IO_KEY',
};

export default rule;
