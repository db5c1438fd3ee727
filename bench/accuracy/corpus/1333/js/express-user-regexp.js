// preflight-bench: vulnerable CWE-1333 sink-line: 8
const express = require('express');
const products = require('./products.json');

const app = express();

app.get('/search', (req, res) => {
  const matcher = new RegExp(req.query.pattern, 'i');
  res.json(products.filter((p) => matcher.test(p.name)));
});
