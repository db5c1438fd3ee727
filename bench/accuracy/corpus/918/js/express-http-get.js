// preflight-bench: vulnerable CWE-918 sink-line: 10
const express = require('express');
const http = require('http');

const app = express();
app.use(express.json());

app.post('/webhook/test', (req, res) => {
  const target = req.body.callbackUrl;
  http.get(target, (upstream) => res.sendStatus(upstream.statusCode));
});
