// preflight-bench: safe CWE-117 -- structured JSON logging escapes control characters
const express = require('express');
const pino = require('pino');

const logger = pino();
const app = express();

app.get('/search', (req, res) => {
  logger.info({ query: req.query.q }, 'search');
  res.json([]);
});
