// preflight-bench: safe CWE-295 -- verification explicitly enforced
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';

async function status() {
  const res = await fetch('https://status.example.com/api');
  return res.json();
}

module.exports = { status };
