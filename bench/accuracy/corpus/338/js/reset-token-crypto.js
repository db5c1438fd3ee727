// preflight-bench: safe CWE-338 -- crypto.randomBytes
const express = require('express');
const crypto = require('crypto');

const app = express();

app.post('/password-reset', (req, res) => {
  const token = crypto.randomBytes(32).toString('base64url');
  saveResetToken(req.body.email, token);
  res.sendStatus(202);
});

function saveResetToken() {}
