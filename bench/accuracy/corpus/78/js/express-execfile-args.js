// preflight-bench: safe CWE-78 -- program and argument array, no shell
const express = require('express');
const { execFile } = require('child_process');

const app = express();

app.get('/ping', (req, res) => {
  const host = String(req.query.host);
  execFile('ping', ['-c', '1', host], (err, stdout) => {
    if (err) return res.status(500).send('ping failed');
    res.type('text/plain').send(stdout);
  });
});
