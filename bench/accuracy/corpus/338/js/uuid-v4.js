// preflight-bench: safe CWE-338 -- crypto.randomUUID
const { randomUUID } = require('crypto');

function newSessionId() {
  return randomUUID();
}

module.exports = { newSessionId };
