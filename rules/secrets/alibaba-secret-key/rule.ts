import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'alibaba-secret-key',
  scanner: 'secrets',
  title: 'Alibaba Cloud AccessKey secret',
  severity: 'critical',
  cwe: [798],
  description:
    'An Alibaba Cloud AccessKey secret assigned in code or configuration signs API requests as its RAM user. Disable the key pair in the RAM console and use roles or the environment instead.',
  keywords: ['alibaba'],
  // <name mentioning alibaba> <assignment> <30 letters and digits>
  regex: assignedSecret(['alibaba'], '[a-z0-9]{30}'),
  entropy: 2,
  envName: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
};

export default rule;
