// preflight-bench: safe CWE-78 -- constant command string
const { execSync } = require('child_process');

function currentCommit() {
  return execSync('git rev-parse HEAD').toString().trim();
}

console.log(`building ${currentCommit()} for ${process.argv[2]}`);
