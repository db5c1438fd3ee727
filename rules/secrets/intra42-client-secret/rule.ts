import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'intra42-client-secret',
  scanner: 'secrets',
  title: '42 Intra API client secret',
  severity: 'high',
  cwe: [798],
  description:
    'A client secret of a 42 school Intra API application (s-s4t2ud- / s-s4t2af-) lets its holder obtain API tokens as that application, reading student data it has access to. Regenerate it in the Intra application settings and read it from the environment.',
  keywords: ['intra', 's-s4t2ud-', 's-s4t2af-'],
  // s-s4t2ud- or s-s4t2af- then 64 hex digits.
  regex: /\b(s-s4t2(?:ud|af)-[a-fA-F0-9]{64})(?:[\x60'"\s;]|\\[nr]|$)/,
  entropy: 3,
  envName: 'INTRA_CLIENT_SECRET',
};

export default rule;
