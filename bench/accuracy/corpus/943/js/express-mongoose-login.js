// preflight-bench: vulnerable CWE-943 sink-line: 9
const express = require('express');
const User = require('./models/user');

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const user = await User.findOne({ username: req.body.username, pin: req.body.pin });
  if (!user) return res.status(401).send('no');
  res.send('welcome');
});
