const cp = require('child_process');
const { exec, execSync: runSync } = require('node:child_process');
const execFile = require('child_process').execFile;

const LIST = 'ls -la';

function handler(req, res) {
  const dir = req.query.dir;
  // ruleid: js-command-injection
  exec(`ls ${dir}`, (err, out) => res.send(out));
  // ruleid: js-command-injection
  cp.execSync('git log ' + req.query.ref);
  // ruleid: js-command-injection
  runSync(dir);
  // ruleid: js-command-injection
  require('child_process').exec(req.body.command);
  const cmd = `tar czf ${req.query.name}.tgz .`;
  // ruleid: js-command-injection
  cp.exec(cmd);
  // ruleid: js-command-injection
  cp.spawn('grep', [req.query.pattern, 'log.txt'], { shell: true });
  // ok: js-command-injection (plain string literal)
  exec('ls -la');
  // ok: js-command-injection (a constant defined above)
  cp.exec(LIST);
  // ok: js-command-injection (template literal without substitutions)
  runSync(`git status`);
  // ok: js-command-injection (argument array, no shell)
  execFile('ls', ['-la', dir]);
  // ok: js-command-injection (argument array, no shell)
  cp.spawn('grep', [req.query.pattern, 'log.txt']);
  // ok: js-command-injection (shell explicitly off)
  cp.spawn('grep', [req.query.pattern], { shell: false });
  // ok: js-command-injection (RegExp.prototype.exec, not child_process)
  const m = /(\d+)/.exec(dir);
  // ok: js-command-injection (another object's exec)
  db.exec(`DELETE FROM t WHERE id = ${dir}`);
  return m;
}

module.exports = { handler };

const shell = require('shelljs');

function deploy(branch) {
  // ruleid: js-command-injection
  shell.exec('git checkout ' + branch);
  // ok: js-command-injection
  shell.exec('git status');
  // ok: js-command-injection (shelljs's own safe helpers)
  shell.rm('-rf', branch);
}

module.exports.deploy = deploy;
