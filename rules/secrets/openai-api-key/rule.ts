import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'openai-api-key',
  scanner: 'secrets',
  title: 'OpenAI API key',
  severity: 'high',
  cwe: [798],
  description:
    'An OpenAI API key lets anyone call OpenAI models billed to your organisation and read the files, assistants and fine-tunes of its project. Revoke it in the OpenAI dashboard and read it from the environment.',
  keywords: ['t3blbkfj'],
  // Project, service-account and admin keys: sk-proj-|sk-svcacct-|sk-admin-, 74 or 58 characters,
  // the marker T3BlbkFJ, then 74 or 58 characters. Legacy user keys: sk-, 20, T3BlbkFJ, 20.
  regex: /\b(sk-(?:proj|svcacct|admin)-(?:[\w-]{74}|[\w-]{58})T3BlbkFJ(?:[\w-]{74}|[\w-]{58})\b|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 3,
  envName: 'OPENAI_API_KEY',
};

export default rule;
