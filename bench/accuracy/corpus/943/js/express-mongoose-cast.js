// preflight-bench: safe CWE-943 -- values forced to strings before the query
const express = require('express');
const User = require('./models/user');

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const username = String(req.body.username);
  const pin = String(req.body.pin);
  const user = await User.findOne({ username, pin });
  res.status(user ? 200 : 401).end();
});
