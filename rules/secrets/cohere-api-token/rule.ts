import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'cohere-api-token',
  scanner: 'secrets',
  title: 'Cohere API key',
  severity: 'high',
  cwe: [798],
  description:
    'A Cohere API key assigned in code or configuration lets anyone call Cohere models and datasets on your account. Delete it in the Cohere dashboard and read it from CO_API_KEY.',
  keywords: ['cohere', 'co_api_key'],
  // <name mentioning cohere or CO_API_KEY> <assignment> <40 letters and digits>
  regex: assignedSecret(['cohere', 'co_api_key'], '[a-z0-9]{40}'),
  entropy: 4,
  envName: 'CO_API_KEY',
};

export default rule;
