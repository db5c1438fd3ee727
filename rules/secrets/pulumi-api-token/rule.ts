import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'pulumi-api-token',
  scanner: 'secrets',
  title: 'Pulumi access token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Pulumi access token reads and updates stacks in Pulumi Cloud, including their decrypted configuration secrets and the cloud resources they deploy. Delete it in Pulumi Cloud and read it from the environment.',
  keywords: ['pul-'],
  // pul- followed by 40 lower-case hex digits.
  regex: /\b(pul-[a-f0-9]{40})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 2,
  envName: 'PULUMI_ACCESS_TOKEN',
};

export default rule;
