// preflight-bench: vulnerable CWE-1004 sink-line: 8
const express = require('express');

const app = express();

app.post('/login', (req, res) => {
  const sessionId = createSession(req.body.user);
  res.cookie('sid', sessionId, { httpOnly: false, secure: true, sameSite: 'lax' });
  res.sendStatus(204);
});

function createSession(user) { return String(user); }
