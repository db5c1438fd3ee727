import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'jwt',
  scanner: 'secrets',
  title: 'JSON Web Token',
  severity: 'medium',
  cwe: [798],
  description:
    'A JSON Web Token is a bearer credential: until it expires, whoever holds it is whoever it names. Do not commit tokens; issue them at run time, and revoke or let expire any that leaked.',
  keywords: ['eyj'],
  // header.payload.signature in base64url. Header and payload are JSON objects, so both start
  // with `eyJ` (base64 of `{"`). The signature may be empty (alg "none"). The lookbehind lets a
  // match start only at the beginning of a base64url run, which keeps the scan linear.
  regex: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{12,}\.eyJ[A-Za-z0-9_-]{12,}\.[A-Za-z0-9_-]*)(?![A-Za-z0-9_-])/,
  entropy: 3,
  envName: 'JWT_TOKEN',
};

export default rule;
