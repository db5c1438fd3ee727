// preflight-bench: safe CWE-1333 -- linear pattern, bounded input
const express = require('express');

const EMAIL = /^[a-zA-Z0-9.]{1,64}@example\.com$/;
const app = express();
app.use(express.json());

app.post('/signup', (req, res) => {
  if (!EMAIL.test(String(req.body.email).slice(0, 100))) return res.status(400).send('bad email');
  res.sendStatus(201);
});
