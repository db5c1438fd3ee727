import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'npm-access-token',
  scanner: 'secrets',
  title: 'npm access token',
  severity: 'high',
  cwe: [798],
  description:
    'An npm access token (npm_) can install private packages and, for publish tokens, release new versions of every package its owner maintains. Revoke it on npmjs.com and provide it to CI as a secret (NPM_TOKEN) referenced from .npmrc.',
  keywords: ['npm_'],
  // npm_ + 36 letters and digits (30 random plus a checksum).
  regex: /\b(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
  entropy: 3,
  envName: 'NPM_TOKEN',
};

export default rule;
