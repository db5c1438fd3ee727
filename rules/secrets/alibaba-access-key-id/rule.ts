import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'alibaba-access-key-id',
  scanner: 'secrets',
  title: 'Alibaba Cloud AccessKey ID',
  severity: 'critical',
  cwe: [798],
  description:
    'An Alibaba Cloud AccessKey ID (LTAI…) is half of a cloud API credential; its secret is usually stored next to it. Disable the key pair in the RAM console and use roles or the environment instead.',
  keywords: ['ltai'],
  // LTAI followed by 20 letters and digits.
  regex: /\b(LTAI[A-Za-z0-9]{20})(?=[\x60'"\s;]|\\[nr]|$)/,
  entropy: 2,
  envName: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
};

export default rule;
