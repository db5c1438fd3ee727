// preflight-bench: safe CWE-1004 -- httpOnly and secure
const express = require('express');

const app = express();

app.post('/login', (req, res) => {
  res.cookie('sid', String(req.body.user), { httpOnly: true, secure: true, sameSite: 'strict' });
  res.sendStatus(204);
});
