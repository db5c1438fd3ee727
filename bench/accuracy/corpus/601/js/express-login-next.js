// preflight-bench: vulnerable CWE-601 sink-line: 10
const express = require('express');
const { authenticate } = require('./auth');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login', async (req, res) => {
  await authenticate(req.body.user, req.body.password);
  res.redirect(req.query.next || '/');
});
