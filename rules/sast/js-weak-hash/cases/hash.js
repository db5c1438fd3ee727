const crypto = require('crypto');
const { createHash, createHmac } = require('node:crypto');

const LEGACY = 'md5';

function fingerprint(body) {
  // ruleid: js-weak-hash
  const a = crypto.createHash('md5').update(body).digest('hex');
  // ruleid: js-weak-hash
  const b = createHash("sha1").update(body).digest('hex');
  // ruleid: js-weak-hash
  const c = crypto.createHash(`MD5`).update(body).digest();
  // ruleid: js-weak-hash
  const d = crypto.createHash(LEGACY).update(body).digest();
  // ok: js-weak-hash
  const e = crypto.createHash('sha256').update(body).digest('hex');
  // ok: js-weak-hash (HMAC-SHA1 is not affected by collisions)
  const f = createHmac('sha1', process.env.KEY).update(body).digest('hex');
  // ok: js-weak-hash (a variable chosen elsewhere)
  const g = crypto.createHash(body.algorithm);
  return [a, b, c, d, e, f, g];
}

module.exports = { fingerprint };
