// preflight-bench: safe CWE-117 -- CR and LF removed before logging
const express = require('express');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login', (req, res) => {
  const username = String(req.body.username).replace(/[\r\n]+/g, ' ');
  console.log('Failed login for user: ' + username);
  res.status(401).send('invalid credentials');
});
