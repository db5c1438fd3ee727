// preflight-bench: vulnerable CWE-78 sink-line: 5
const cp = require('child_process');

const target = process.argv[2] || '.';
const output = cp.execSync('tar czf backup.tgz ' + target);
console.log(output.toString());
