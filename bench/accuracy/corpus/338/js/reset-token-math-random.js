// preflight-bench: vulnerable CWE-338 sink-line: 7
const express = require('express');

const app = express();

app.post('/password-reset', (req, res) => {
  const token = Math.random().toString(36).slice(2);
  saveResetToken(req.body.email, token);
  res.sendStatus(202);
});

function saveResetToken() {}
