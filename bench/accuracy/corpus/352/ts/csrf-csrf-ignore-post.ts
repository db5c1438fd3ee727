// preflight-bench: vulnerable CWE-352 sink-line: 8
import express from 'express';
import cookieParser from 'cookie-parser';
import { doubleCsrf } from 'csrf-csrf';

const { doubleCsrfProtection } = doubleCsrf({
  getSecret: () => process.env.CSRF_SECRET ?? '',
  ignoredMethods: ['GET', 'HEAD', 'OPTIONS', 'POST'],
});

const app = express();
app.use(cookieParser());
app.use(doubleCsrfProtection);
app.post('/settings', (_req, res) => res.sendStatus(204));
