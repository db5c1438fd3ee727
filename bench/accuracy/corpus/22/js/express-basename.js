// preflight-bench: safe CWE-22 -- basename strips directories
const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const REPORTS = path.join(__dirname, 'reports');

app.get('/reports/:name', (req, res) => {
  const file = path.join(REPORTS, path.basename(req.params.name));
  fs.readFile(file, 'utf8', (err, text) => (err ? res.sendStatus(404) : res.send(text)));
});
