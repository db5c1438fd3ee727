const CryptoJS = require('crypto-js');
const { MD5 } = require('crypto-js');

function sign(body) {
  // ruleid: js-weak-hash
  const a = CryptoJS.SHA256(body).toString();
  // ruleid: js-weak-hash
  const b = CryptoJS.SHA256(body).toString();
  // ruleid: js-weak-hash
  const c = MD5(body).toString();
  // ok: js-weak-hash
  const d = CryptoJS.SHA256(body).toString();
  // ok: js-weak-hash (HMAC-SHA1 is not affected by collisions)
  const e = CryptoJS.HmacSHA1(body, process.env.KEY).toString();
  // ok: js-weak-hash (another library's MD5)
  const f = sparkMd5.MD5(body);
  return [a, b, c, d, e, f];
}

module.exports = { sign };
