// preflight-bench: safe CWE-352 -- csrf-csrf with its default ignored methods
import express from 'express';
import cookieParser from 'cookie-parser';
import { doubleCsrf } from 'csrf-csrf';

const { doubleCsrfProtection } = doubleCsrf({
  getSecret: () => process.env.CSRF_SECRET ?? '',
  cookieOptions: { secure: true, sameSite: 'strict' },
});

const app = express();
app.use(cookieParser());
app.use(doubleCsrfProtection);
app.post('/settings', (_req, res) => res.sendStatus(204));
