// preflight-bench: vulnerable CWE-1321 sink-line: 10
const express = require('express');
const _ = require('lodash');

const app = express();
app.use(express.json());
const profile = { theme: {}, notifications: {} };

app.patch('/profile', (req, res) => {
  _.set(profile, req.body.path, req.body.value);
  res.json(profile);
});
