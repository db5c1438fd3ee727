import jwt from 'jsonwebtoken';

const options = { algorithms: ['NONE'] as jwt.Algorithm[] };

export function decode(token: string, key: string) {
  // ruleid: js-jwt-none-algorithm
  return jwt.verify(token, key, options);
}

export function decode2(token: string, key: string) {
  // ok: js-jwt-none-algorithm
  return jwt.verify(token, key, { algorithms: ['ES256'] });
}
