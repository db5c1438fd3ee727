// preflight-bench: vulnerable CWE-117 sink-line: 9
const express = require('express');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login', (req, res) => {
  const username = req.body.username;
  console.log('Failed login for user: ' + username);
  res.status(401).send('invalid credentials');
});
