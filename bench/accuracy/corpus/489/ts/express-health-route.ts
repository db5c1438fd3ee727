// preflight-bench: safe CWE-489 -- health route reveals nothing internal
import express from 'express';

const app = express();

app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok', uptime: Math.round(process.uptime()) });
});

app.listen(3000);
