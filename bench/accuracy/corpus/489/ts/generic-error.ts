// preflight-bench: safe CWE-489 -- production error handler without details
import express, { type NextFunction, type Request, type Response } from 'express';

const app = express();

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});
