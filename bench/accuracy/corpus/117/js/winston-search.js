// preflight-bench: vulnerable CWE-117 sink-line: 9
const express = require('express');
const winston = require('winston');

const logger = winston.createLogger({ format: winston.format.simple(), transports: [new winston.transports.Console()] });
const app = express();

app.get('/search', (req, res) => {
  logger.info(`search query: ${req.query.q}`);
  res.json([]);
});
