// preflight-bench: safe CWE-1321 -- dangerous keys skipped
const express = require('express');

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function merge(target, source) {
  for (const key of Object.keys(source)) {
    if (FORBIDDEN.has(key)) continue;
    const value = source[key];
    if (typeof value === 'object' && value !== null) target[key] = merge(target[key] || {}, value);
    else target[key] = value;
  }
  return target;
}

const app = express();
app.use(express.json());
app.put('/settings', (req, res) => res.json(merge({}, req.body)));
