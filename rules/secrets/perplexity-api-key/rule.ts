import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'perplexity-api-key',
  scanner: 'secrets',
  title: 'Perplexity API key',
  severity: 'high',
  cwe: [798],
  description:
    'A Perplexity API key lets anyone query Perplexity models on your account and spend its credits. Revoke it in the Perplexity API settings and read it from the environment.',
  keywords: ['pplx-'],
  // pplx- followed by 48 letters and digits.
  regex: /\b(pplx-[A-Za-z0-9]{48})(?!\w)/,
  entropy: 4,
  envName: 'PERPLEXITY_API_KEY',
};

export default rule;
