// preflight-bench: vulnerable CWE-22 sink-line: 11
const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const REPORTS = path.join(__dirname, 'reports');

app.get('/reports/:name', (req, res) => {
  const file = path.join(REPORTS, req.params.name);
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return res.sendStatus(404);
    res.type('text/plain').send(text);
  });
});
