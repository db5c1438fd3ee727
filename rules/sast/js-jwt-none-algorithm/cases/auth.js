const jwt = require('jsonwebtoken');

function check(token, key) {
  // ruleid: js-jwt-none-algorithm
  const a = jwt.verify(token, key, { algorithms: ['HS256', 'none'] });
  // ruleid: js-jwt-none-algorithm
  const b = jwt.sign({ sub: 'x' }, null, { algorithm: 'none' });
  // ok: js-jwt-none-algorithm
  const c = jwt.verify(token, key, { algorithms: ['RS256'] });
  // ok: js-jwt-none-algorithm (a different option)
  const d = jwt.verify(token, key, { audience: 'none' });
  return [a, b, c, d];
}

module.exports = { check };
