// preflight-bench: safe CWE-601 -- only same-site relative paths are followed
const express = require('express');
const { authenticate } = require('./auth');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login', async (req, res) => {
  await authenticate(req.body.user, req.body.password);
  const next = String(req.query.next || '/');
  res.redirect(next.startsWith('/') && !next.startsWith('//') && !next.includes('\\') ? next : '/');
});
