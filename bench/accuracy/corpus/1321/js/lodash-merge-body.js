// preflight-bench: vulnerable CWE-1321 sink-line: 10
const express = require('express');
const merge = require('lodash.merge');

const defaults = { pageSize: 20, locale: 'en' };
const app = express();
app.use(express.json());

app.post('/preferences', (req, res) => {
  const prefs = merge({}, defaults, req.body);
  res.json(prefs);
});
