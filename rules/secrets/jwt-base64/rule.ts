import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

/**
 * A JWT header is base64url JSON, so it starts with eyJ and then a header name ({"alg":, {"typ":, …).
 * Base64-encoded again, eyJ becomes ZXlK and each header name gives a fixed sequence: these are the
 * encodings of the registered JOSE header names, after the ZXlK.
 */
const HEADER_PREFIXES: Record<string, string> = {
  alg: 'aGJHY2lPaU', apu: 'aGNIVWlPaU', apv: 'aGNIWWlPaU', aud: 'aGRXUWlPaU', b64: 'aU5qUWlP',
  crit: 'amNtbDBJanBi', cty: 'amRIa2lPaU', epk: 'bGNHc2lPbn', enc: 'bGJtTWlPaU', jku: 'cWEzVWlPaU',
  jwk: 'cWQyc2lPb', iss: 'cGMzTWlPaU', iv: 'cGRpSTZJ', kid: 'cmFXUWlP', key_ops: 'clpYbGZiM0J6SWpwY', // gitleaks:allow (base64 of a JWT header name, not a secret)
  kty: 'cmRIa2lPaUp', nonce: 'dWIyNWpaU0k2', p2c: 'd01tTWlP', p2s: 'd01uTWlPaU', ppt: 'd2NIUWlPaU',
  sub: 'emRXSWlPaU', svt: 'emRuUWlP', tag: 'MFlXY2lPaU', typ: 'MGVYQWlPaUp', url: 'MWNtd2l',
  use: 'MWMyVWlPaUp', ver: 'MlpYSWlPaU', version: 'MlpYSnphVzl1SWpv', x: 'NElqb2', x5c: 'NE5XTWlP',
  x5t: 'NE5YUWlPaU', x5ts256: 'NE5YUWpVekkxTmlJNkl', x5u: 'NE5YVWlPaU', zip: 'NmFYQWlPaU',
};

const rule: SecretRule = {
  id: 'jwt-base64',
  scanner: 'secrets',
  title: 'Base64-encoded JSON Web Token',
  severity: 'medium',
  cwe: [798],
  description:
    'A JSON Web Token encoded once more in base64 (ZXlK…, the encoding of eyJ…) is still a bearer credential: decoded, it authenticates as whoever it names until it expires. Do not commit tokens; issue them at run time and revoke any that leaked.',
  keywords: ['zxlk'],
  // ZXlK, an encoded header name, then at least 40 more base64 characters (line breaks allowed,
  // as in wrapped base64). The whole match is the secret.
  regex: new RegExp(`\\bZXlK(?:${Object.values(HEADER_PREFIXES).join('|')})[A-Za-z0-9/\\\\_+\\r\\n-]{40,}={0,2}`),
  entropy: 2,
  envName: 'JWT_TOKEN',
};

export default rule;
