const cp = require('child_process');
const { exec, execSync: runSync } = require('node:child_process');
const execFile = require('child_process').execFile;
const shell = require('shelljs');
const express = require('express');
const app = express();

const LIST = 'ls -la';
const TOOLS = ['git', 'ls'];

app.get('/ls', (req, res) => {
  const dir = req.query.dir;
  // ruleid: js-command-injection
  exec(`ls ${dir}`, (err, out) => res.send(out));
  // ruleid: js-command-injection
  cp.execSync('git log ' + req.query.ref);
  // ruleid: js-command-injection
  runSync(dir.trim());
  // ruleid: js-command-injection
  require('child_process').exec(req.body.command);
  const cmd = `tar czf ${req.query.name}.tgz .`;
  // ruleid: js-command-injection
  cp.exec(cmd);
  // ruleid: js-command-injection
  cp.spawn('grep', [req.query.pattern, 'log.txt'], { shell: true });
  // ruleid: js-command-injection
  shell.exec('git checkout ' + req.params.branch);
  // ruleid: js-command-injection
  cp.execFile('convert', [dir, 'out.png'], () => res.end());
  // ok: js-command-injection (plain string literal)
  exec('ls -la');
  // ok: js-command-injection (a constant defined above)
  cp.exec(LIST);
  // ok: js-command-injection (argument array, no shell)
  execFile('ls', ['-la', dir]);
  // ok: js-command-injection (argument array, no shell)
  cp.spawn('grep', [req.query.pattern, 'log.txt']);
  // ok: js-command-injection (numeric cast)
  cp.exec('kill -9 ' + parseInt(req.query.pid, 10));
  // ok: js-command-injection (RegExp.prototype.exec, not child_process)
  const m = /(\d+)/.exec(dir);
  // ok: js-command-injection (another object's exec)
  db.exec(`DELETE FROM t WHERE id = ${dir}`);
  res.json(m);
});

app.post('/tool', (req, res) => {
  const tool = req.body.tool;
  if (TOOLS.includes(tool)) {
    // ok: js-command-injection (allow-listed above)
    cp.exec(tool);
  }
  // ruleid: js-command-injection
  cp.exec(tool);
  res.end();
});

function run(command) {
  // ruleid: js-command-injection
  cp.execSync(command);
}

app.post('/run', (req, res) => {
  run(req.body.script);
  res.end();
});

function deploy(branch) {
  // ok: js-command-injection (a parameter no caller fills with untrusted data)
  shell.exec('git checkout ' + branch);
}

deploy('main');
