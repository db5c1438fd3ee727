// preflight-bench: vulnerable CWE-489 sink-line: 8
import express from 'express';
import errorhandler from 'errorhandler';

export function buildApp(): express.Express {
  const app = express();
  app.get('/', (_req, res) => res.send('ok'));
  app.use(errorhandler({ log: true }));
  return app;
}
