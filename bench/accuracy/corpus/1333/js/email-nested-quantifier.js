// preflight-bench: vulnerable CWE-1333 sink-line: 4
const express = require('express');

const EMAIL = /^([a-zA-Z0-9]+\.?)+@example\.com$/;
const app = express();
app.use(express.json());

app.post('/signup', (req, res) => {
  if (!EMAIL.test(req.body.email)) return res.status(400).send('bad email');
  res.sendStatus(201);
});
