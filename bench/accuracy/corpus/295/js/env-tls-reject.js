// preflight-bench: vulnerable CWE-295 sink-line: 4
const fetch = require('node-fetch');

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

async function status() {
  const res = await fetch('https://status.example.com/api');
  return res.json();
}

module.exports = { status };
