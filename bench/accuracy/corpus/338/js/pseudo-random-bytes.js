// preflight-bench: vulnerable CWE-338 sink-line: 5
const crypto = require('crypto');

function apiKey() {
  return crypto.pseudoRandomBytes(24).toString('hex');
}

module.exports = { apiKey };
