// preflight-bench: vulnerable CWE-338 sink-line: 5
function newSessionId() {
  let id = '';
  for (let i = 0; i < 32; i++) {
    id += Math.floor(Math.random() * 16).toString(16);
  }
  return id;
}

module.exports = { newSessionId };
