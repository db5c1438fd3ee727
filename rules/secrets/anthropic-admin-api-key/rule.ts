import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'anthropic-admin-api-key',
  scanner: 'secrets',
  title: 'Anthropic Admin API key',
  severity: 'critical',
  cwe: [798],
  description:
    'An Anthropic Admin API key (sk-ant-admin01-…) manages an organisation: members, workspaces and API keys. Delete it in the Anthropic Console and keep admin keys out of code.',
  keywords: ['sk-ant-admin01'],
  // sk-ant-admin01- followed by 93 letters, digits, _ or -, then AA.
  regex: /\b(sk-ant-admin01-[\w-]{93}AA)(?=[\x60'"\s;]|\\[nr]|$)/,
  envName: 'ANTHROPIC_ADMIN_KEY',
};

export default rule;
