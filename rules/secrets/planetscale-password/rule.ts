import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'planetscale-password',
  scanner: 'secrets',
  title: 'PlanetScale database password',
  severity: 'critical',
  cwe: [798],
  description:
    'A PlanetScale database password connects to a database branch with its role (often read-write or admin). Delete the password in the database settings and read it from the environment.',
  keywords: ['pscale_pw_'],
  // pscale_pw_ (any case) followed by 32 to 64 letters, digits, _, =, . or -.
  regex: /\b(pscale_pw_[\w=.-]{32,64})(?=[`'"\s;]|\\[nr]|$)/i,
  entropy: 3,
  envName: 'DATABASE_PASSWORD',
};

export default rule;
