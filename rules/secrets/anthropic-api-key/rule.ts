import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'anthropic-api-key',
  scanner: 'secrets',
  title: 'Anthropic API key',
  severity: 'high',
  cwe: [798],
  description:
    'An Anthropic API key (sk-ant-api03-…) lets anyone call Claude models on your organisation\'s bill. Delete it in the Anthropic Console and read keys from the environment.',
  keywords: ['sk-ant-api03'],
  // sk-ant-api03- followed by 93 letters, digits, _ or -, then AA.
  regex: /\b(sk-ant-api03-[\w-]{93}AA)(?=[\x60'"\s;]|\\[nr]|$)/,
  envName: 'ANTHROPIC_API_KEY',
};

export default rule;
