// preflight-bench: vulnerable CWE-489 sink-line: 6
import express from 'express';

const app = express();

app.get('/debug/env', (_req, res) => {
  res.json({ env: process.env, memory: process.memoryUsage() });
});

app.listen(3000);
