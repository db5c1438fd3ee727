// preflight-bench: vulnerable CWE-327 sink-line: 5
const crypto = require('crypto');

function encrypt(text, key, iv) {
  const cipher = crypto.createCipheriv('des-cbc', key, iv);
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('base64');
}

module.exports = { encrypt };
