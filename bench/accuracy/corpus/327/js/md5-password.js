// preflight-bench: vulnerable CWE-328 sink-line: 5
const crypto = require('crypto');

function hashPassword(password) {
  return crypto.createHash('md5').update(password).digest('hex');
}

module.exports = { hashPassword };
