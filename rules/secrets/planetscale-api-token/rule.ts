import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'planetscale-api-token',
  scanner: 'secrets',
  title: 'PlanetScale service token',
  severity: 'critical',
  cwe: [798],
  description:
    'A PlanetScale service token manages databases of the organisation through the API: branches, deploy requests, passwords and backups. Delete it in the organisation settings and read it from the environment.',
  keywords: ['pscale_tkn_'],
  // pscale_tkn_ followed by 32 to 64 letters, digits, _, =, . or -.
  regex: /\b(pscale_tkn_[\w=.-]{32,64})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 3,
  envName: 'PLANETSCALE_SERVICE_TOKEN',
};

export default rule;
