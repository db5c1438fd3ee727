// preflight-bench: safe CWE-489 -- errorhandler behind a development check
import express from 'express';
import errorhandler from 'errorhandler';

export function buildApp(): express.Express {
  const app = express();
  app.get('/', (_req, res) => res.send('ok'));
  if (app.get('env') === 'development') app.use(errorhandler());
  return app;
}
