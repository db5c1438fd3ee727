import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'flyio-access-token',
  scanner: 'secrets',
  title: 'Fly.io access token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Fly.io access or deploy token lets its holder deploy, inspect and destroy apps (and read their secrets) in the organisation it belongs to. Revoke it with flyctl tokens revoke and read it from the environment or a secret store.',
  keywords: ['fo1_', 'fm1', 'fm2_'],
  // fo1_ user tokens (43 characters), or fm1a_/fm1r_/fm2_ macaroon tokens (100+ base64 characters).
  regex: /\b(fo1_[\w-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,}={0,3}|fm2_[A-Za-z0-9+/]{100,}={0,3})(?:[\x60'"\s;]|\\[nr]|$)/,
  entropy: 4,
  envName: 'FLY_API_TOKEN',
};

export default rule;
