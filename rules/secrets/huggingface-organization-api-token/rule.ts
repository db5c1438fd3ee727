import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'huggingface-organization-api-token',
  scanner: 'secrets',
  title: 'Hugging Face organisation API token',
  severity: 'high',
  cwe: [798],
  description:
    'A Hugging Face organisation API token (api_org_) acts for a whole organisation on the Hugging Face Hub: its private models, datasets and Spaces. Invalidate it and read it from the environment or a secret store.',
  keywords: ['api_org_'],
  // api_org_ then 34 letters.
  regex: /\b(api_org_[A-Za-z]{34})(?:[\x60'"\s;]|\\[nr]|$)/,
  entropy: 2,
  envName: 'HF_TOKEN',
};

export default rule;
