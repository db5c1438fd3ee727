// preflight-bench: safe CWE-1333 -- user text escaped before building the RegExp
const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');
const products = require('./products.json');

const app = express();

app.get('/search', (req, res) => {
  const matcher = new RegExp(escapeStringRegexp(String(req.query.pattern)), 'i');
  res.json(products.filter((p) => matcher.test(p.name)));
});
