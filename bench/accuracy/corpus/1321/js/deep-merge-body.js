// preflight-bench: vulnerable CWE-1321 sink-line: 10
const express = require('express');

function merge(target, source) {
  for (const key in source) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

const app = express();
app.use(express.json());
const settings = {};
app.put('/settings', (req, res) => res.json(merge(settings, req.body)));
