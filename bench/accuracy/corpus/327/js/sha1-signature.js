// preflight-bench: vulnerable CWE-328 sink-line: 5
const crypto = require('crypto');

function sign(payload, secret) {
  return crypto.createHmac('sha1', secret).update(JSON.stringify(payload)).digest('hex');
}

module.exports = { sign };
