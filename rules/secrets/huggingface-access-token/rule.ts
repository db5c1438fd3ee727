import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'huggingface-access-token',
  scanner: 'secrets',
  title: 'Hugging Face access token',
  severity: 'high',
  cwe: [798],
  description:
    'A Hugging Face user access token (hf_) reads, and with write scope pushes, the models, datasets and Spaces of its user and organisations. Invalidate it in the Hugging Face settings and read it from the environment (HF_TOKEN).',
  keywords: ['hf_'],
  // hf_ then 34 letters.
  regex: /\b(hf_[A-Za-z]{34})(?:[\x60'"\s;]|\\[nr]|$)/,
  entropy: 2,
  envName: 'HF_TOKEN',
};

export default rule;
