// preflight-bench: safe CWE-502 -- only serialising, never unserialising
const express = require('express');
const serialize = require('node-serialize');

const app = express();

app.get('/export', (req, res) => {
  const snapshot = { user: req.query.user, exportedAt: Date.now() };
  res.type('text/plain').send(serialize.serialize(snapshot));
});
