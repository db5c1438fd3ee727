import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'planetscale-oauth-token',
  scanner: 'secrets',
  title: 'PlanetScale OAuth token',
  severity: 'critical',
  cwe: [798],
  description:
    'A PlanetScale OAuth token acts for the user who authorised an application, on the databases it was granted. Revoke the authorisation and read the token from the environment or a secret store.',
  keywords: ['pscale_oauth_'],
  // pscale_oauth_ followed by 32 to 64 letters, digits, _, =, . or -.
  regex: /\b(pscale_oauth_[\w=.-]{32,64})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 3,
  envName: 'PLANETSCALE_OAUTH_TOKEN',
};

export default rule;
