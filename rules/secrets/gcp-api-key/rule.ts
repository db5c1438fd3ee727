import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'gcp-api-key',
  scanner: 'secrets',
  title: 'Google Cloud API key',
  severity: 'critical',
  cwe: [798],
  description:
    'A Google Cloud API key (AIza…) is billed to its project and grants whatever APIs it is not restricted from. Delete or rotate it in the Cloud console credentials page, restrict the new key, and read it from the environment or a secret store.',
  keywords: ['aiza'],
  // AIza + 35 characters of base64url: 39 in all.
  regex: /\b(AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
  entropy: 3,
  envName: 'GOOGLE_API_KEY',
};

export default rule;
